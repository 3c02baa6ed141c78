import { Button, Flex, Progress, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FileList } from '../attachments/FileList.tsx';
import { filesOf, type StoredFile } from '../attachments/stored-file.ts';
import { uploadUrl } from '../attachments/upload.ts';
import { useUploadTarget } from '../attachments/upload-context.ts';
import { useFileRefusal } from '../attachments/use-file-refusal.ts';
import { useUploads } from '../attachments/use-uploads.ts';
import type { EditorProps, FieldOf } from './editor-props.ts';

/**
 * Files for an attachment or image field: choose files, each is checked against the field's
 * limits in the browser (size, type, count: refused before any byte is sent, with the reason),
 * uploaded with a progress bar, then listed with a download link and a remove button. Images
 * show thumbnails. The value is the list of stored files.
 */
export function AttachmentEditor(props: EditorProps<FieldOf<'attachment' | 'image'>>) {
  const { field, id, value, onChange, disabled = false } = props;
  const { t } = useTranslation('forms');
  const target = useUploadTarget();
  const input = useRef<HTMLInputElement>(null);
  const files = filesOf(value);
  // Uploads finish after later renders: they add to the newest list, not the one they began with.
  const latest = useRef(files);
  latest.current = files;
  const refusal = useFileRefusal(field);
  const uploads = useUploads({
    failed: t('files.failed'),
    onStored: (stored: StoredFile) => onChange([...latest.current, stored]),
  });
  const { maxFiles } = field.validation;
  const room = maxFiles - files.length - uploads.pending.filter((item) => !item.error).length;

  const choose = (chosen: FileList | null) => {
    if (!chosen || !target) return;
    [...chosen].forEach((file, index) => {
      const reason = index >= room ? t('files.tooMany', { count: maxFiles }) : refusal(file);
      if (reason) uploads.refuse(file.name, reason);
      else uploads.start(uploadUrl(target, field.key), file);
    });
    if (input.current) input.current.value = '';
  };

  return (
    <div className="baton-files">
      <input
        ref={input}
        id={id}
        type="file"
        className="baton-visually-hidden"
        tabIndex={-1}
        multiple={maxFiles > 1}
        accept={acceptList(field)}
        disabled={disabled || !target}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        onChange={(event) => choose(event.target.files)}
      />
      <Flex gap="small" align="center" wrap>
        <Button disabled={disabled || !target || room <= 0} onClick={() => input.current?.click()}>
          {field.type === 'image' ? t('files.chooseImages') : t('files.choose')}
        </Button>
        <Typography.Text type="secondary">
          {t('files.limits', { count: maxFiles, size: field.validation.maxSizeMb })}
        </Typography.Text>
      </Flex>
      <FileList
        files={files}
        previews={field.type === 'image'}
        disabled={disabled}
        onRemove={(removed) => {
          const rest = files.filter((file) => file.id !== removed);
          onChange(rest.length === 0 ? undefined : rest);
        }}
      />
      {uploads.pending.length > 0 && (
        <ul className="baton-file-list" aria-live="polite">
          {uploads.pending.map((item) => (
            <li key={item.key} className="baton-file">
              <span>{item.name}</span>
              {item.error ? (
                <>
                  <Typography.Text type="danger">{item.error}</Typography.Text>
                  <Button
                    type="link"
                    size="small"
                    aria-label={t('files.dismiss', { name: item.name })}
                    onClick={() => uploads.dismiss(item.key)}
                  >
                    {t('files.dismissShort')}
                  </Button>
                </>
              ) : (
                <Progress
                  percent={item.percent}
                  size="small"
                  className="baton-file-progress"
                  aria-label={t('files.uploading', { name: item.name })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The `accept` hint of the file dialog: the field's extensions, or images for an image field. */
function acceptList(field: FieldOf<'attachment' | 'image'>): string | undefined {
  if (field.validation.accept.length > 0) {
    return field.validation.accept.map((extension) => `.${extension}`).join(',');
  }

  return field.type === 'image' ? 'image/png,image/jpeg,image/gif,image/webp' : undefined;
}

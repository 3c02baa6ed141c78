import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/index.ts';
import { fileUrl, formatFileSize, type StoredFile } from './stored-file.ts';

export type FileListProps = {
  readonly files: readonly StoredFile[];
  /** Images: a thumbnail (the server's inline preview) before each name. */
  readonly previews?: boolean;
  /** Offers a remove button per file (editing only). */
  readonly onRemove?: (id: string) => void;
  readonly disabled?: boolean;
};

/** Stored files as download links with their sizes (and thumbnails for images). */
export function FileList({ files, previews = false, onRemove, disabled = false }: FileListProps) {
  const { t } = useTranslation('forms');
  const locale = useLocale();
  if (files.length === 0) return null;

  return (
    <ul className="baton-file-list">
      {files.map((file) => (
        <li key={file.id} className="baton-file">
          {previews && (
            <a href={fileUrl(file.id, { inline: true })} target="_blank" rel="noreferrer">
              <img
                className="baton-file-thumb"
                src={fileUrl(file.id, { inline: true })}
                alt={t('files.preview', { name: file.name })}
                loading="lazy"
              />
            </a>
          )}
          <a href={fileUrl(file.id)} download={file.name}>
            {file.name}
          </a>
          <Typography.Text type="secondary" className="baton-number">
            {formatFileSize(file.size, locale)}
          </Typography.Text>
          {onRemove && (
            <Button
              type="link"
              danger
              size="small"
              disabled={disabled}
              aria-label={t('files.remove', { name: file.name })}
              onClick={() => onRemove(file.id)}
            >
              {t('table.remove')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

import type { ErrorMessages } from '@baton/schemas';

/** The upload and download errors of `/api/attachments`, spread into `serverMessages`. */
export const attachmentMessages = {
  'attachment.target-invalid': {
    kind: 'user',
    'zh-CN':
      '请说明文件属于哪里：flowKey 和 field（新申请），或 instanceId 和 field（处理中的申请）。',
    en: 'Say where the file goes: flowKey and field (a new request), or instanceId and field (a running one).',
  },
  'attachment.name-missing': {
    kind: 'user',
    'zh-CN': '请在 X-File-Name 请求头中提供文件名（URL 编码）。',
    en: 'Send the file name in the X-File-Name header, URL-encoded.',
  },
  'attachment.not-file-field': {
    kind: 'user',
    'zh-CN': '表单中没有名为 {field} 的附件或图片字段。',
    en: 'The form has no attachment or image field {field}.',
  },
  'attachment.field-not-editable': {
    kind: 'forbidden',
    'zh-CN': '您在这一步不能向“{field}”添加文件。',
    en: 'You may not add files to {field} at this step.',
  },
  'attachment.empty': {
    kind: 'user',
    'zh-CN': '文件 {name} 是空的。',
    en: 'The file {name} is empty.',
  },
  'attachment.too-large': {
    kind: 'user',
    'zh-CN': '文件 {name} 太大：此字段每个文件最多 {max} MB。',
    en: 'The file {name} is too large: this field takes files of at most {max} MB.',
  },
  'attachment.not-accepted': {
    kind: 'user',
    'zh-CN': '此字段不接受文件 {name}，可用的类型：{accept}。',
    en: 'This field does not take the file {name}. Allowed types: {accept}.',
  },
  'attachment.type-mismatch': {
    kind: 'user',
    'zh-CN': '文件 {name} 的内容与扩展名不符（内容是 {actual}），未上传。',
    en: 'The content of {name} does not match its extension (it is {actual}); it was not uploaded.',
  },
  'attachment.busy': {
    kind: 'user',
    'zh-CN': '您已有 {max} 个文件正在上传，请等其中一个完成后再试。',
    en: 'You already have {max} files uploading. Wait for one to finish, then try again.',
  },
  'attachment.server-busy': {
    kind: 'operational',
    'zh-CN': '服务器正在接收较多文件，请稍后再上传。',
    en: 'The server is receiving many files right now. Please try again in a moment.',
  },
  'attachment.quota-files': {
    kind: 'user',
    'zh-CN':
      '您已有 {max} 个已上传但尚未随申请提交的文件，已达上限。请先提交申请：未提交的文件 {hours} 小时后会被删除。',
    en: 'You have {max} uploaded files not yet submitted with a request, the most kept at once. Submit them first: uploads not submitted are deleted after {hours} hours.',
  },
  'attachment.quota-bytes': {
    kind: 'user',
    'zh-CN':
      '您已上传但尚未随申请提交的文件共 {used} MB，加上此文件将超过 {max} MB 的上限。请先提交申请：未提交的文件 {hours} 小时后会被删除。',
    en: 'Your uploads not yet submitted with a request take {used} MB; with this file they would pass the limit of {max} MB. Submit them first: uploads not submitted are deleted after {hours} hours.',
  },
  'attachment.not-found': {
    kind: 'not-found',
    'zh-CN': '文件不存在，或您无权查看。',
    en: 'There is no such file, or you may not see it.',
  },
} as const satisfies ErrorMessages;

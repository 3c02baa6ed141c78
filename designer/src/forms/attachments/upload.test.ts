import { describe, expect, it } from 'vitest';
import { uploadUrl } from './upload.ts';

describe('uploadUrl', () => {
  it('given a new request, when a file is uploaded, then the flow and the field are named', () => {
    expect(uploadUrl({ flowKey: 'expense' }, 'receipts')).toBe(
      '/api/attachments?flowKey=expense&field=receipts',
    );
  });

  it('given an approver’s edit, when a file is uploaded, then the request is named, escaped', () => {
    expect(uploadUrl({ instanceId: 'ins_1&x' }, 'photos')).toBe(
      '/api/attachments?instanceId=ins_1%26x&field=photos',
    );
  });
});

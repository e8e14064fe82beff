import { ICON_CONTENT_TYPES, ICON_MAX_BYTES } from '@devops/contracts/extensions';
import { ImagePlus, Trash2 } from 'lucide-react';
import { useId, useState, type ChangeEvent } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { readFileAsDataUrl } from '../../../lib/read-file-as-data-url.ts';
import { ExtensionIcon } from './extension-icon.tsx';

type IconUploadFieldProps = {
  /** What to preview: a data URL just picked, the current icon URL, or null. */
  previewSrc: string | null;
  name: string;
  onSelect: (dataUrl: string) => void;
  onRemove: () => void;
  /** Validation message from the form (e.g. the server-side limit). */
  error?: string;
};

const MAX_KB = ICON_MAX_BYTES / 1024;

/** Picks a PNG/JPEG/WebP image ≤ 512 KB and hands it over as a data URL, with a preview. */
export function IconUploadField({ previewSrc, name, onSelect, onRemove, error }: IconUploadFieldProps) {
  const id = useId();
  const [localError, setLocalError] = useState<string | null>(null);
  const message = localError ?? error;

  async function onFileChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // picking the same file again must fire change again
    if (!file) return;
    if (!(ICON_CONTENT_TYPES as readonly string[]).includes(file.type)) {
      setLocalError('The image must be a PNG, JPEG or WebP file');
      return;
    }
    if (file.size > ICON_MAX_BYTES) {
      setLocalError(`The image must be at most ${MAX_KB} KB (this one is ${Math.ceil(file.size / 1024)} KB)`);
      return;
    }
    try {
      setLocalError(null);
      onSelect(await readFileAsDataUrl(file));
    } catch {
      setLocalError('Cannot read the image file');
    }
  }

  return (
    <fieldset className="fieldset">
      <legend className="label">
        Image <span className="label__optional">(optional)</span>
      </legend>
      <div className="icon-upload">
        {previewSrc ? (
          <img className="extension-icon extension-icon--lg" src={previewSrc} alt="Image preview" />
        ) : (
          <ExtensionIcon src={null} name={name} size="lg" />
        )}
        <div className="icon-upload__actions">
          <input
            id={id}
            type="file"
            accept={ICON_CONTENT_TYPES.join(',')}
            className="visually-hidden file-input"
            onChange={onFileChange}
            aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
          />
          <label htmlFor={id} className="btn btn--secondary btn--sm file-input__label">
            <ImagePlus size={16} aria-hidden="true" />
            {previewSrc ? 'Replace image' : 'Upload image'}
          </label>
          {previewSrc ? (
            <Button size="sm" variant="ghost" icon={<Trash2 size={16} aria-hidden="true" />} onClick={onRemove}>
              Remove image
            </Button>
          ) : null}
          <p id={`${id}-hint`} className="field__hint">
            PNG, JPEG or WebP, up to {MAX_KB} KB.
          </p>
        </div>
      </div>
      {message ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {message}
        </p>
      ) : null}
    </fieldset>
  );
}

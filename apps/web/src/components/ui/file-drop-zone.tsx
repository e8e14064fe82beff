import { Upload } from 'lucide-react';
import { useId, useState, type ChangeEvent, type DragEvent, type ReactNode } from 'react';

type FileDropZoneProps = {
  /** The `accept` attribute of the picker, e.g. ".xlsx". */
  accept: string;
  /** Names the file input; the whole zone is its label. */
  label: string;
  hint?: ReactNode;
  /** The file chosen so far, shown in the zone. */
  fileName?: string | null;
  disabled?: boolean;
  onFile: (file: File) => void;
};

/**
 * A file picker that also takes a dropped file. The native input stays in the tab order
 * (visually hidden), so Tab + Enter/Space opens the picker; the zone is its label.
 */
export function FileDropZone({ accept, label, hint, fileName, disabled = false, onFile }: FileDropZoneProps) {
  const id = useId();
  const [isDragging, setIsDragging] = useState(false);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // picking the same file again must fire change again
    if (file) onFile(file);
  }

  function onDragOver(event: DragEvent) {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!disabled) setIsDragging(true);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setIsDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  }

  return (
    <div
      className={`dropzone ${isDragging ? 'dropzone--active' : ''} ${disabled ? 'dropzone--disabled' : ''}`}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setIsDragging(false)}
      onDrop={onDrop}
    >
      <input
        id={id}
        type="file"
        accept={accept}
        className="visually-hidden file-input"
        onChange={onChange}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id} className="dropzone__label">
        <Upload size={24} aria-hidden="true" className="dropzone__icon" />
        <span className="dropzone__text">{label}</span>
        {fileName ? (
          <span className="dropzone__file">
            Selected file: <strong className="break">{fileName}</strong>
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint dropzone__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

import { forwardRef, useId, type InputHTMLAttributes, type ReactNode } from 'react';

type RadioCardProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: ReactNode;
  description?: ReactNode;
  /** Why the option cannot be chosen; shown in place of nothing and read with the option. */
  disabledReason?: ReactNode;
};

/** A native radio button laid out as a selectable card with a description. */
export const RadioCard = forwardRef<HTMLInputElement, RadioCardProps>(function RadioCard(
  { label, description, disabledReason, disabled, className, ...rest },
  ref,
) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const reasonId = `${id}-reason`;
  const titleId = `${id}-title`;
  const describedBy = [description ? descriptionId : '', disabled && disabledReason ? reasonId : ''].filter(Boolean).join(' ');
  return (
    <div className={`radio-card ${disabled ? 'radio-card--disabled' : ''} ${className ?? ''}`}>
      <input
        ref={ref}
        type="radio"
        id={id}
        className="radio-card__input"
        disabled={disabled}
        // Named by the title alone; the description and the reason are read as its description.
        aria-labelledby={titleId}
        aria-describedby={describedBy || undefined}
        {...rest}
      />
      <label htmlFor={id} className="radio-card__label">
        <span id={titleId} className="radio-card__title">
          {label}
        </span>
        {description ? (
          <span id={descriptionId} className="radio-card__description">
            {description}
          </span>
        ) : null}
        {disabled && disabledReason ? (
          <span id={reasonId} className="radio-card__reason">
            {disabledReason}
          </span>
        ) : null}
      </label>
    </div>
  );
});

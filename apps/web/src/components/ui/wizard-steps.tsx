type WizardStepsProps = { steps: { id: string; label: string }[]; current: string };

/** The wizard's progress: an ordered list with the current step marked. */
export function WizardSteps({ steps, current }: WizardStepsProps) {
  const currentIndex = steps.findIndex((step) => step.id === current);
  return (
    <ol className="wizard-steps" aria-label="Steps">
      {steps.map((step, index) => (
        <li
          key={step.id}
          className={`wizard-steps__item ${index < currentIndex ? 'is-done' : ''} ${index === currentIndex ? 'is-current' : ''}`}
          aria-current={index === currentIndex ? 'step' : undefined}
        >
          <span className="wizard-steps__number" aria-hidden="true">
            {index + 1}
          </span>
          {step.label}
        </li>
      ))}
    </ol>
  );
}

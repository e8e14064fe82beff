import { Check, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from './button.tsx';

type CopyButtonProps = { value: string; label: string; variant?: 'ghost' | 'secondary'; showText?: boolean };

/** Copies `value` to the clipboard; `label` names what is copied, e.g. "Copy extension ID". */
export function CopyButton({ value, label, variant = 'ghost', showText = false }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Clipboard API is unavailable on plain http; fall back to a hidden textarea.
      const area = document.createElement('textarea');
      area.value = value;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setCopied(true);
  }

  const icon = copied ? <Check size={16} aria-hidden="true" /> : <Copy size={16} aria-hidden="true" />;
  return (
    <>
      <Button variant={variant} size="sm" onClick={copy} icon={icon} aria-label={showText ? undefined : label} title={label}>
        {showText ? (copied ? 'Copied' : label) : null}
      </Button>
      <span className="visually-hidden" aria-live="polite">
        {copied ? 'Copied to the clipboard' : ''}
      </span>
    </>
  );
}

import { Puzzle } from 'lucide-react';
import { useState } from 'react';

type ExtensionIconProps = { src: string | null; name: string; size?: 'sm' | 'md' | 'lg' };

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

/** The extension's image, or its initials (a puzzle piece when it has none) as a placeholder. */
export function ExtensionIcon({ src, name, size = 'md' }: ExtensionIconProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  if (src && failedSrc !== src) {
    return (
      <img
        className={`extension-icon extension-icon--${size}`}
        src={src}
        alt={`${name} image`}
        onError={() => setFailedSrc(src)}
      />
    );
  }
  const initials = initialsOf(name);
  return (
    <span className={`extension-icon extension-icon--${size} extension-icon--placeholder`} role="img" aria-label={`${name} (no image)`}>
      {initials || <Puzzle size={size === 'lg' ? 28 : 16} aria-hidden="true" />}
    </span>
  );
}

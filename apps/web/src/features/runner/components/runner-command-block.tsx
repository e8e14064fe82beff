import { CopyButton } from '../../../components/ui/copy-button.tsx';

type RunnerCommandBlockProps = { caption: string; command: string };

/** A shell command to copy, named by its caption (a figure, so assistive tech and tests can find it). */
export function RunnerCommandBlock({ caption, command }: RunnerCommandBlockProps) {
  return (
    <figure className="code-figure">
      <figcaption className="code-figure__caption">{caption}</figcaption>
      <div className="code-block">
        <pre className="code-block__text">
          <code>{command}</code>
        </pre>
        <CopyButton value={command} label="Copy command" variant="secondary" />
      </div>
    </figure>
  );
}

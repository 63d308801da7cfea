import { classes } from '../classes';

/** Small round button that re-opens the preferences (withdrawal as easy as giving). */
export function FloatingButton({
  label,
  hidden,
  onClick,
}: {
  label: string;
  hidden: boolean;
  onClick(): void;
}) {
  return (
    <button type="button" class={classes.floatingButton} aria-label={label} hidden={hidden} onClick={onClick}>
      <svg
        width="22"
        height="22"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        aria-hidden="true"
        focusable="false"
      >
        <path d="M12 3l8 3v6c0 4.5-3.4 8-8 9.5C7.4 20 4 16.5 4 12V6zM8.5 12l2.5 2.5 4.5-5" />
      </svg>
    </button>
  );
}

import { classes } from '../classes';

/** Props of {@link Btn}. */
export interface BtnProps {
  label: string;
  onClick(): void;
  /** Outlined on the panel's background instead of filled with the accent colour. */
  secondary?: boolean;
  /** Spans the whole row of its button grid on narrow screens. */
  wide?: boolean;
}

/** A plain text button of a button grid (`classes.actions`). */
export function Btn({ label, onClick, secondary, wide }: BtnProps) {
  let cls: string = classes.button;
  if (secondary) cls += ` ${classes.secondary}`;
  if (wide) cls += ` ${classes.wide}`;
  return (
    <button type="button" class={cls} onClick={onClick}>
      {label}
    </button>
  );
}

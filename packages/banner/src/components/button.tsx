/** A plain text button; `cls` picks the look (`b` filled, `b b2` outlined, `wide` spans a row). */
export function Btn({ cls, label, onClick }: { cls: string; label: string; onClick(): void }) {
  return (
    <button type="button" class={cls} onClick={onClick}>
      {label}
    </button>
  );
}

import type { ResolvedCategory } from '@assent/core';
import { classes } from '../classes';
import type { Translation } from '../types';

/** Props of {@link CategoryRow}. */
export interface CategoryRowProps {
  category: ResolvedCategory;
  t: Translation;
  checked: boolean;
  onToggle(id: string, value: boolean): void;
}

/** One category of the preferences dialog: title, description, switch, services and cookies. */
export function CategoryRow({ category, t, checked, onToggle }: CategoryRowProps) {
  const { id, services } = category;
  const text = t.categories[id];
  const label = category.label ?? text?.label ?? id;
  const description = category.description ?? text?.description;
  const lid = `assent-${id}-l`;
  const did = `assent-${id}-d`;
  return (
    <div class={classes.category}>
      <div class={classes.categoryHead}>
        <h3 id={lid}>{label}</h3>
        {category.required ? (
          <span class={classes.alwaysActive}>{t.alwaysActive}</span>
        ) : (
          <button
            type="button"
            role="switch"
            class={classes.switch}
            aria-checked={checked ? 'true' : 'false'}
            aria-labelledby={lid}
            aria-describedby={description ? did : undefined}
            onClick={() => onToggle(id, !checked)}
          />
        )}
      </div>
      {description && (
        <p class={classes.categoryText} id={did}>
          {description}
        </p>
      )}
      {services.length > 0 && (
        <details>
          <summary>{t.services.replace('{n}', String(services.length))}</summary>
          {services.map((s) => (
            <div class={classes.service} key={s.id}>
              <strong>{s.label}</strong>
              {s.description && <p>{s.description}</p>}
              {s.cookies.length > 0 && (
                <ul aria-label={`${t.cookies}: ${s.label}`}>
                  {s.cookies.map((c) => (
                    <li key={c.name}>
                      <code>{c.name}</code>
                      {c.purpose && ` · ${c.purpose}`}
                      {c.lifetime && ` · ${t.lifetime}: ${c.lifetime}`}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </details>
      )}
    </div>
  );
}

import type { ResolvedCategory } from '@assent/core';
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
    <div class="row">
      <div class="rh">
        <h3 id={lid}>{label}</h3>
        {category.required ? (
          <span class="on">{t.alwaysActive}</span>
        ) : (
          <button
            type="button"
            role="switch"
            class="sw"
            aria-checked={checked ? 'true' : 'false'}
            aria-labelledby={lid}
            aria-describedby={description ? did : undefined}
            onClick={() => onToggle(id, !checked)}
          />
        )}
      </div>
      {description && (
        <p class="rd" id={did}>
          {description}
        </p>
      )}
      {services.length > 0 && (
        <details>
          <summary>{t.services.replace('{n}', String(services.length))}</summary>
          {services.map((s) => (
            <div class="svc" key={s.id}>
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

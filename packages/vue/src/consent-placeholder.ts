import { fillPlaceholder as fill, PLACEHOLDER_TEXTS } from '@assent/core';
import { defineComponent, h } from 'vue';
import { useAssent } from './context';

/**
 * Stands in for blocked content, as the script tag's iframe placeholder does: a text naming the
 * service and the category, and a button that grants the category (`source: 'placeholder'`). The
 * button is left out for a category the config does not have (or `essential`).
 */
export const ConsentPlaceholder = defineComponent({
  props: {
    /** The category its button grants. */
    category: { type: String, required: true },
    /** The blocked content's name, e.g. `"YouTube"`. */
    service: { type: String, default: 'This content' },
    text: { type: String, default: PLACEHOLDER_TEXTS.text },
    button: { type: String, default: PLACEHOLDER_TEXTS.button },
  },
  setup(props) {
    const { state, label, actions } = useAssent();
    const grant = () => actions.update({ [props.category]: true }, { source: 'placeholder' });
    return () => {
      const known = Object.hasOwn(state.value.categories, props.category) && props.category !== 'essential';
      const name = label(props.category);
      return h(
        'div',
        {
          class: 'assent-placeholder',
          'data-assent-placeholder': '',
          role: 'group',
          'aria-label': props.service,
        },
        [
          h('p', fill(props.text, props.service, name)),
          known
            ? h('button', { type: 'button', onClick: grant }, fill(props.button, props.service, name))
            : null,
        ],
      );
    };
  },
});

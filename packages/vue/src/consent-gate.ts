import { computed, defineComponent, h, type PropType } from 'vue';
import { ConsentPlaceholder } from './consent-placeholder';
import { useAssent } from './context';
import type { PlaceholderTexts } from './types';
import { granted } from './use-consent';

/**
 * Renders its default slot only once `category` is granted; until then the `fallback` slot, or
 * with `placeholder` a {@link ConsentPlaceholder} whose button grants the category.
 * @example
 * <ConsentGate category="advertising" service="YouTube" placeholder>
 *   <iframe src="https://www.youtube-nocookie.com/embed/…" title="Video" />
 * </ConsentGate>
 */
export const ConsentGate = defineComponent({
  props: {
    /** The category that must be granted. */
    category: { type: String, required: true },
    /** Shows the placeholder until then; an object changes its texts. The `fallback` slot wins. */
    placeholder: [Boolean, Object] as PropType<boolean | PlaceholderTexts>,
    /** The blocked content's name in the placeholder. */
    service: String,
  },
  setup(props, { slots }) {
    const { state } = useAssent();
    const open = computed(() => granted(state.value, props.category));
    return () => {
      if (open.value) return slots.default?.();
      if (slots.fallback || !props.placeholder) return slots.fallback?.();
      const texts = props.placeholder === true ? {} : props.placeholder;
      return h(ConsentPlaceholder, { category: props.category, service: props.service, ...texts });
    };
  },
});

// Built to dist/assent.pt-br.js: assent.js loads it only when the visitor's language is pt-BR.
import { ptBR } from '@assent/banner/i18n/pt-br';
import { registerLazy } from '../lazy';

registerLazy('pt-BR', ptBR);

import type { TranslationOverrides } from '../types';

/**
 * Brazilian Portuguese texts. Pass as `languages: { 'pt-BR': ptBR }`.
 * @example
 * import { ptBR } from '@assent/banner/i18n/pt-br';
 * mountBanner(store, { languages: { 'pt-BR': ptBR } });
 */
export const ptBR: TranslationOverrides = {
  bannerLabel: 'Consentimento de cookies',
  title: 'Valorizamos sua privacidade',
  description:
    'Usamos cookies de análise e publicidade somente se você concordar. Você pode mudar sua escolha a qualquer momento.',
  privacyPolicy: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  optOutTitle: 'Suas opções de privacidade',
  optOutDescription:
    'Usamos cookies de análise e publicidade. Você pode recusar a venda ou o compartilhamento das suas informações pessoais.',
  doNotSell: 'Não vender nem compartilhar minhas informações pessoais',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control detectado: não vendemos nem compartilhamos seus dados.',
  preferencesTitle: 'Preferências de privacidade',
  preferencesDescription:
    'Escolha quais cookies podemos usar. Os cookies essenciais são necessários para o funcionamento do site.',
  save: 'Salvar escolhas',
  close: 'Fechar',
  alwaysActive: 'Sempre ativos',
  services: 'Serviços e cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Duração',
  saved: 'Preferências salvas',
  reopen: 'Preferências de privacidade',
  languageMenu: 'Idioma',
  categories: {
    essential: {
      label: 'Essenciais',
      description: 'Necessários para o funcionamento do site, por exemplo, para manter você conectado.',
    },
    analytics: {
      label: 'Análise',
      description: 'Nos ajudam a entender como o site é usado para que possamos melhorá-lo.',
    },
    advertising: {
      label: 'Publicidade',
      description: 'Usados para exibir e medir anúncios, inclusive por terceiros.',
    },
  },
};

export default ptBR;

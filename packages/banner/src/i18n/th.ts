import type { TranslationOverrides } from '../types';

/**
 * Thai texts. Pass as `languages: { th }`.
 * @example
 * import { th } from '@assent/banner/i18n/th';
 * mountBanner(store, { languages: { th } });
 */
export const th: TranslationOverrides = {
  bannerLabel: 'การยินยอมให้ใช้คุกกี้',
  title: 'เราให้ความสำคัญกับความเป็นส่วนตัวของคุณ',
  description: 'เราใช้คุกกี้เพื่อการวิเคราะห์และการโฆษณาเฉพาะเมื่อคุณยินยอม คุณสามารถเปลี่ยนตัวเลือกได้ทุกเมื่อ',
  privacyPolicy: 'นโยบายความเป็นส่วนตัว',
  acceptAll: 'ยอมรับทั้งหมด',
  rejectAll: 'ปฏิเสธทั้งหมด',
  customize: 'ปรับแต่ง',
  optOutTitle: 'ตัวเลือกความเป็นส่วนตัวของคุณ',
  optOutDescription: 'เราใช้คุกกี้เพื่อการวิเคราะห์และการโฆษณา คุณสามารถเลือกไม่ให้มีการขายหรือแบ่งปันข้อมูลส่วนบุคคลของคุณได้',
  doNotSell: 'ไม่อนุญาตให้ขายหรือแบ่งปันข้อมูลส่วนบุคคลของฉัน',
  acknowledge: 'ตกลง',
  gpcHonoured: 'ตรวจพบ Global Privacy Control: เราจะไม่ขายหรือแบ่งปันข้อมูลของคุณ',
  preferencesTitle: 'การตั้งค่าความเป็นส่วนตัว',
  preferencesDescription: 'เลือกคุกกี้ที่คุณอนุญาตให้เราใช้ คุกกี้ที่จำเป็นมีไว้เพื่อให้เว็บไซต์ทำงานได้',
  save: 'บันทึกตัวเลือก',
  close: 'ปิด',
  alwaysActive: 'เปิดใช้งานเสมอ',
  services: 'บริการและคุกกี้ ({n})',
  cookies: 'คุกกี้',
  lifetime: 'ระยะเวลาจัดเก็บ',
  saved: 'บันทึกการตั้งค่าแล้ว',
  reopen: 'การตั้งค่าความเป็นส่วนตัว',
  languageMenu: 'ภาษา',
  categories: {
    essential: { label: 'จำเป็น', description: 'จำเป็นต่อการทำงานของเว็บไซต์ เช่น เพื่อให้คุณยังคงเข้าสู่ระบบอยู่' },
    analytics: {
      label: 'การวิเคราะห์',
      description: 'ช่วยให้เราเข้าใจว่ามีการใช้งานเว็บไซต์อย่างไร เพื่อปรับปรุงให้ดีขึ้น',
    },
    advertising: { label: 'การโฆษณา', description: 'ใช้เพื่อแสดงและวัดผลโฆษณา รวมถึงโดยบุคคลที่สาม' },
  },
};

export default th;

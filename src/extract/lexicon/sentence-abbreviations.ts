/**
 * Abbreviations written with a period that does not end a sentence (data only). Compared without
 * case; a token made of several dotted parts ("PGS.TS.", "Th.S.") is tested part by part.
 */
export const DOTTED_ABBREVIATIONS: readonly string[] = [
  'tp', // thành phố (city)
  'q', // quận (urban district)
  'p', // phường (ward)
  'h', // huyện (rural district)
  'x', // xã (commune)
  'tx', // thị xã (town)
  'tt', // thị trấn (township)
  'gs', // giáo sư (professor)
  'pgs', // phó giáo sư (associate professor)
  'ts', // tiến sĩ (doctor)
  'ths', // thạc sĩ (master)
  'th', // first half of "Th.S"
  's', // second half of "Th.S"
  'cn', // cử nhân (bachelor)
  'ks', // kỹ sư (engineer)
  'bs', // bác sĩ (physician)
  'bsck', // bác sĩ chuyên khoa (specialist physician)
  'ds', // dược sĩ (pharmacist)
  'nxb', // nhà xuất bản (publisher)
  'tr', // trang (page)
  'st', // số thứ tự (number)
  'đ/c', // đồng chí (comrade)
  'v.v', // and so on
  'vv', // and so on
];

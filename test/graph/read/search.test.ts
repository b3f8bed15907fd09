import { describe, expect, it } from 'vitest';
import { fullTextQuery, searchTokens, searchWords } from '../../../src/graph/read/search.js';

describe('fullTextQuery', () => {
  it('folds the text as the index does and requires every word, the last as a prefix', () => {
    expect(fullTextQuery('Đào Khánh Hà')).toBe('+dao +khanh +ha*');
    expect(fullTextQuery('hai an')).toBe('+hai +an*');
  });

  it('reads decomposed (NFD) input and old tone marks as the same words', () => {
    expect(fullTextQuery('Đào Khánh Hà'.normalize('NFD'))).toBe('+dao +khanh +ha*');
    expect(fullTextQuery('Thành uỷ Hoà Bình')).toBe(fullTextQuery('Thành ủy Hòa Bình'));
  });

  it('leaves no Lucene syntax from the user in the query', () => {
    expect(fullTextQuery('ngo* quyen~ OR "x" AND (y)')).toBe('+ngo +quyen +or +x +and +y*');
  });

  it('has nothing to ask for punctuation or spaces alone', () => {
    expect(fullTextQuery(' ,.;- ')).toBeNull();
  });
});

describe('searchTokens', () => {
  it('asks for whole folded words and the last as a prefix, as substrings of " " + searchText + " "', () => {
    expect(searchTokens('Đào Khánh H')).toEqual([' dao ', ' khanh ', ' h']);
    expect(searchTokens('  ')).toEqual([]);
    expect(searchTokens(null)).toEqual([]);
  });
});

describe('searchWords', () => {
  it('spells out abbreviations typed in any case, as the index stores names in full', () => {
    expect(searchWords('ubnd quận Lê Chân')).toEqual(['uy', 'ban', 'nhan', 'dan', 'quan', 'le', 'chan']);
    expect(searchWords('HĐND TP Hải Phòng')).toEqual(['hoi', 'dong', 'nhan', 'dan', 'thanh', 'pho', 'hai', 'phong']);
    expect(searchWords('bcd 35')).toEqual(['ban', 'chi', 'dao', '35']);
    expect(fullTextQuery('ubnd le ch')).toBe('+uy +ban +nhan +dan +le +ch*');
  });

  it('leaves words that only contain an abbreviation alone', () => {
    expect(searchWords('Tùng Tpb ubndx')).toEqual(['tung', 'tpb', 'ubndx']);
  });
});

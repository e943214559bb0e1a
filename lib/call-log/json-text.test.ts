import { describe, expect, it } from 'vitest';
import { parseJsonText, prettyJson, stringifyJsonNode } from '@/lib/call-log/json-text';

const roundTrip = (text: string) => {
  const node = parseJsonText(text);
  return node ? stringifyJsonNode(node) : null;
};

describe('parseJsonText and stringifyJsonNode', () => {
  it('round-trips compact JSON byte for byte', () => {
    const samples = [
      '{"code":0,"data":{"id":1055200093,"orderNo":"ESIM_L202212050000000"},"message":"SUCCESS"}',
      '[1,-2.5,3e10,-0,1.0,true,false,null,"x",[],{}]',
      '"just a string"',
      '42',
      'null',
      '{"packageName":"C_T_马来西亚泰国500M不限速月套餐(esim)"}',
    ];
    for (const sample of samples) expect(roundTrip(sample)).toBe(sample);
  });

  it('keeps large integers and number spelling exactly, unlike JSON.parse', () => {
    const text = '{"iccid":89852000000000000001,"amount":5.10,"tiny":1E-7}';
    expect(roundTrip(text)).toBe(text);
    expect(JSON.stringify(JSON.parse(text))).not.toBe(text);
  });

  it('keeps duplicate keys in order', () => {
    expect(roundTrip('{"a":1,"b":2,"a":3}')).toBe('{"a":1,"b":2,"a":3}');
  });

  it('compacts whitespace and normalises string escapes', () => {
    expect(roundTrip(' {\n  "a" : [ 1 , 2 ],\t"b":"\\u4e2d\\/"\r\n} ')).toBe('{"a":[1,2],"b":"中/"}');
  });

  it('rejects what is not strict JSON', () => {
    const bad = [
      '',
      '   ',
      '{"a":1,}',
      '{"a":1',
      '{a:1}',
      "{'a':1}",
      '[1 2]',
      '01',
      '1.',
      '+1',
      'NaN',
      'tru',
      '{"a":1}{"b":2}',
      '"unterminated',
      '"raw\u0001control"',
      '"bad \\x escape"',
      '<html>502 Bad Gateway</html>',
    ];
    for (const text of bad) expect(parseJsonText(text), text).toBeNull();
  });

  it('gives up on absurd nesting instead of overflowing the stack', () => {
    expect(parseJsonText(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toBeNull();
    expect(parseJsonText(`${'['.repeat(50)}${']'.repeat(50)}`)).not.toBeNull();
  });

  it('pretty-prints with two spaces, or answers null for non-JSON', () => {
    expect(prettyJson('{"a":[1,{"b":null}],"c":{},"d":[]}')).toBe(
      '{\n  "a": [\n    1,\n    {\n      "b": null\n    }\n  ],\n  "c": {},\n  "d": []\n}',
    );
    expect(prettyJson('not json')).toBeNull();
  });
});

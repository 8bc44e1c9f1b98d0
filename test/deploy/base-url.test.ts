/** The base URL a deployment build is given: https only, a folder, joined with each file's path. */
import { normalizeBaseUrl, urlOf } from '../../tools/manifest/source';

describe('normalizeBaseUrl', () => {
  it('makes the base a folder, at a host root or under a sub-path', () => {
    expect(normalizeBaseUrl('https://addins.example.com')).toBe('https://addins.example.com/');
    expect(normalizeBaseUrl('https://addins.example.com/addins/hashwatt')).toBe('https://addins.example.com/addins/hashwatt/');
    expect(normalizeBaseUrl('https://addins.example.com:8443/addins/hashwatt/')).toBe('https://addins.example.com:8443/addins/hashwatt/');
  });

  it('refuses what Office cannot load an add-in from, saying why', () => {
    expect(() => normalizeBaseUrl('http://addins.example.com/')).toThrow('base URL must use https, as Office requires (got http://addins.example.com/)');
    expect(() => normalizeBaseUrl('addins.example.com/hashwatt')).toThrow('base URL must be an absolute https URL (got "addins.example.com/hashwatt")');
    expect(() => normalizeBaseUrl('https://addins.example.com/?v=2')).toThrow('base URL must have no query or fragment');
  });
});

it("urlOf puts a file under the base's folder, never at the host root", () => {
  const target = { baseUrl: 'https://addins.example.com/addins/hashwatt', version: '0.1.0' };
  expect(urlOf(target, 'taskpane.html')).toBe('https://addins.example.com/addins/hashwatt/taskpane.html');
  expect(urlOf(target, 'docs/functions.html')).toBe('https://addins.example.com/addins/hashwatt/docs/functions.html');
});

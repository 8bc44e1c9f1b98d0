/**
 * The manifest, checked structurally and offline (the online validator is `npm run validate`,
 * for release): the development manifest.xml at the repository root, and the one a deployment
 * build writes for a base URL under a sub-path. Parsed with a small XML reader so the test
 * needs no network and no DOM.
 */
import * as fs from 'fs';
import * as path from 'path';
import { developmentBaseUrl, xmlManifestVersion } from '../tools/manifest/source';
import { xmlManifest } from '../tools/manifest/xml';
import { parseXml, XmlElement } from './helpers/xml';

const repoRoot = path.join(__dirname, '..');
const developmentXml = fs.readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');
const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const deploymentBase = 'https://office.example.com/addins/hashwatt/';
const deploymentXml = xmlManifest({ baseUrl: deploymentBase, version, functionsScript: 'functions.0123abcd.js' });

function all(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    if (e.name === name) found.push(e);
    e.children.forEach(visit);
  };
  visit(element);
  return found;
}

function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

describe('manifest.xml at the repository root', () => {
  it('is the generated development manifest (npm run manifest rewrites it)', () => {
    expect(developmentXml).toBe(xmlManifest({ baseUrl: developmentBaseUrl, version }));
  });

  it("carries package.json's version", () => {
    expect(parseXml(developmentXml).children.find((e) => e.name === 'Version')?.text).toBe(xmlManifestVersion(version));
    expect(xmlManifestVersion('2.10.3')).toBe('2.10.3.0');
    expect(xmlManifestVersion('1.4.0-rc.1')).toBe('1.4.0.0');
  });

  it('puts every URL of a deployment under its base, the add-in origin among the app domains', () => {
    const urls = [...deploymentXml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(deploymentBase)).toBe(true);
    expect(deploymentXml).toContain('<AppDomain>https://office.example.com</AppDomain>');
    expect(deploymentXml).toContain(`DefaultValue="${deploymentBase}functions.0123abcd.js"`);
    expect(deploymentXml).not.toContain('localhost');
  });
});

describe.each([
  ['manifest.xml (development)', developmentXml],
  ['a deployment manifest.xml under a sub-path', deploymentXml],
])('%s', (_name, xml) => {
  const root = parseXml(xml);
  const resources = one(root, 'Resources');
  const definedIds = new Map<string, XmlElement>();
  for (const e of all(resources, 'bt:Image').concat(all(resources, 'bt:Url'), all(resources, 'bt:String'))) {
    definedIds.set(e.attributes.id, e);
  }
  const urlOf = (resid: string): string => definedIds.get(resid)?.attributes.DefaultValue ?? '';

  it('is a well-formed task-pane add-in for Excel (Workbook)', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(all(root, 'Host').some((h) => h.attributes.Name === 'Workbook')).toBe(true);
  });

  it('has a GUID Id and a four-part version', () => {
    expect(one(root, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one(root, 'Version').text).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
  });

  it('defines every resid it uses, each id at most 32 characters', () => {
    const used = new Set<string>();
    const visit = (e: XmlElement): void => {
      if (e.attributes.resid) used.add(e.attributes.resid);
      e.children.forEach(visit);
    };
    visit(root);
    expect(used.size).toBeGreaterThan(5);
    for (const resid of used) {
      expect(definedIds.has(resid)).toBe(true);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
    for (const id of definedIds.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('runs the functions and the task pane in one long-lived shared runtime', () => {
    const runtime = one(root, 'Runtime');
    expect(runtime.attributes.lifetime).toBe('long');
    const taskpaneUrl = urlOf(runtime.attributes.resid);
    expect(taskpaneUrl).toMatch(/\/taskpane\.html$/);
    const customFunctions = all(root, 'ExtensionPoint').find((e) => e.attributes['xsi:type'] === 'CustomFunctions');
    expect(customFunctions).toBeDefined();
    const page = one(one(customFunctions as XmlElement, 'Page'), 'SourceLocation');
    expect(urlOf(page.attributes.resid)).toBe(taskpaneUrl);
    expect(urlOf(one(root, 'FunctionFile').attributes.resid)).toBe(taskpaneUrl);
    const showTaskpane = one(root, 'Action');
    expect(urlOf(one(showTaskpane, 'SourceLocation').attributes.resid)).toBe(taskpaneUrl);
    expect(urlOf(one(one(customFunctions as XmlElement, 'Metadata'), 'SourceLocation').attributes.resid)).toMatch(/functions\.json$/);
  });

  it('requires the SharedRuntime set and names the MINER namespace', () => {
    const sets = all(one(root, 'Requirements'), 'Set');
    expect(sets.some((s) => s.attributes.Name === 'SharedRuntime' && s.attributes.MinVersion === '1.1')).toBe(true);
    const namespace = one(root, 'Namespace');
    expect(definedIds.get(namespace.attributes.resid)?.attributes.DefaultValue).toBe('MINER');
  });

  it('uses https for every URL and asks only for ReadWriteDocument', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('https://')).toBe(true);
    for (const domain of all(root, 'AppDomain')) expect(domain.text.startsWith('https://')).toBe(true);
    expect(one(root, 'Permissions').text).toBe('ReadWriteDocument');
  });
});

// office-addin-mock reads only the OfficeApp names from office-addin-manifest, whose
// dependencies include an ES module (strip-bom) that Jest's CommonJS runtime cannot load;
// jest.config.js maps the package to this stub for the tests.
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
};

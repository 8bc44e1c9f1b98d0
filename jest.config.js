/** Jest: TypeScript through ts-jest (transpile only; `npm run lint` type-checks). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/tools'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/helpers/office-addin-manifest-stub.js' },
  globalSetup: '<rootDir>/test/global-setup.js',
  setupFiles: ['<rootDir>/test/helpers/custom-functions-stub.ts'],
  testTimeout: 30000,
};

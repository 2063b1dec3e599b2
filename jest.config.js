/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Type checking is done once by `npm run typecheck`; Jest only transpiles, which keeps it fast.
  transform: { '^.+\\.ts$': 'ts-jest' },
};

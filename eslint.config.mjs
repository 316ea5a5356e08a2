import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  // The layering (ADR 008): pages, forms and components reach the database only through lib/data's
  // checked functions; the draft store's unchecked readers stay inside lib/data.
  {
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@/lib/db/*', '@/lib/generated/prisma/client'], message: 'Read and write through lib/data.' }],
          paths: [
            {
              name: '@/lib/data/plan/draft',
              importNames: ['loadDraft', 'readDraft', 'findOpenVersion', 'saveDraftEdit', 'saveDraftEditIn', 'lockArea'],
              message: 'Unchecked draft readers and writers are private to lib/data.',
            },
            { name: '@/lib/data/plan/entity-area', message: 'Private to lib/data: use the entity API.' },
          ],
        },
      ],
    },
  },
  // Playwright fixtures receive a `use` callback that is not React's hook.
  { files: ['tests/e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  {
    ignores: [
      '.next/**',
      'lib/generated/**',
      'data/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      'next-env.d.ts',
    ],
  },
]
export default config

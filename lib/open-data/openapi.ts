/** The OpenAPI 3.1 document of /api/v1, built from the dataset definitions. */
import { DATASETS, type Column, type Dataset } from './datasets'

function schemaFor(column: Column): Record<string, unknown> {
  const base: Record<string, unknown> =
    column.type === 'date' ? { type: 'string', format: 'date' } : { type: column.type === 'integer' ? 'integer' : column.type }
  const type = column.nullable ? [base.type, 'null'] : base.type
  return { ...base, type, description: column.description }
}

export const rowSchemaName = (d: Dataset) =>
  d.name
    .split('-')
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('') + 'Row'

/** The schemas every list response shares: paging, links and errors. */
const SHARED_SCHEMAS: Record<string, unknown> = {
  Meta: {
    type: 'object',
    required: ['page', 'per_page', 'total', 'total_pages'],
    properties: {
      page: { type: 'integer', minimum: 1 },
      per_page: { type: 'integer', minimum: 1, maximum: 100 },
      total: { type: 'integer', minimum: 0 },
      total_pages: { type: 'integer', minimum: 0 },
    },
  },
  Links: {
    type: 'object',
    required: ['self', 'first', 'last', 'next', 'prev'],
    properties: {
      self: { type: 'string' },
      first: { type: 'string' },
      last: { type: 'string' },
      next: { type: ['string', 'null'] },
      prev: { type: ['string', 'null'] },
    },
  },
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['status', 'code', 'message'],
        properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
}

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

/** One dataset's GET: its filters and paging, a page of its rows, or an error. */
function listOperation(d: Dataset) {
  return {
    get: {
      operationId: `list${rowSchemaName(d).replace(/Row$/, '')}`,
      summary: d.title,
      description: d.description,
      parameters: [
        {
          name: 'area',
          in: 'query',
          required: false,
          description: 'Only rows of this area (slug)',
          schema: { type: 'string', pattern: '^[a-z0-9-]+$', maxLength: 80 },
        },
        { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
        {
          name: 'per_page',
          in: 'query',
          required: false,
          schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
        },
      ],
      responses: {
        '200': {
          description: 'A page of rows',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['data', 'meta', 'links'],
                properties: {
                  data: { type: 'array', items: { $ref: `#/components/schemas/${rowSchemaName(d)}` } },
                  meta: { $ref: '#/components/schemas/Meta' },
                  links: { $ref: '#/components/schemas/Links' },
                },
              },
            },
          },
        },
        '400': error('A query parameter is not valid'),
        '404': error('No area has that slug'),
      },
    },
  }
}

export function openApiDocument(serverUrl: string) {
  const apiDatasets = DATASETS.filter((d) => d.api)
  const schemas: Record<string, unknown> = { ...SHARED_SCHEMAS }
  for (const d of apiDatasets) {
    schemas[rowSchemaName(d)] = {
      type: 'object',
      description: d.description,
      additionalProperties: false,
      required: d.columns.map((c) => c.key),
      properties: Object.fromEntries(d.columns.map((c) => [c.key, schemaFor(c)])),
    }
  }
  const paths = Object.fromEntries(apiDatasets.map((d) => [`/${d.name}`, listOperation(d)]))
  return {
    openapi: '3.1.0',
    info: {
      title: 'Opportunity Areas partnership portal open data API',
      version: '1.0.0',
      description:
        'Read-only data about the 12 Opportunity Areas: areas, priorities, success measures and their values, actions and funding. Only published data. No authentication; open CORS.',
      license: { name: 'Facts from public sources; see each row’s source_urls' },
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    paths,
    components: { schemas },
  }
}

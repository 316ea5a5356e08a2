import { jsonResponse, preflight } from '@/lib/open-data/http'
import { openApiDocument } from '@/lib/open-data/openapi'

export function GET(request: Request) {
  return jsonResponse(openApiDocument(new URL(request.url).origin))
}

export function OPTIONS() {
  return preflight()
}

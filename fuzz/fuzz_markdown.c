/*
** fuzz_markdown.c: libFuzzer target for the Markdown of documents and
** narratives as pages show it (page_markdown() of src/web/page_util.c:
** cmark in safe mode).
**
** The input is the Markdown text.  The HTML must hold no raw HTML from
** the input: no script, style, iframe, object or event handler element,
** and no link or image to a javascript:, vbscript: or data: (but image)
** address.
*/
#include "../src/web/page.h"

#include <assert.h>
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

/* Whether z holds zNeedle, ignoring ASCII case. */
static int has_nocase(const char *z, const char *zNeedle){
  size_t n = strlen(zNeedle);
  for(; *z; z++){
    if( strncasecmp(z, zNeedle, n)==0 ) return 1;
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  Req r;
  char *z;
  const char *zHtml;
  if( nData>(1<<18) ) return 0;
  z = malloc(nData+1);
  memcpy(z, aData, nData);
  z[nData] = 0;
  memset(&r, 0, sizeof(r));
  page_markdown(&r, z);
  zHtml = buf_str(&r.body);
  assert( !has_nocase(zHtml, "<script") );
  assert( !has_nocase(zHtml, "<style") );
  assert( !has_nocase(zHtml, "<iframe") );
  assert( !has_nocase(zHtml, "<object") );
  assert( !has_nocase(zHtml, "<svg") );
  assert( !has_nocase(zHtml, "href=\"javascript:") );
  assert( !has_nocase(zHtml, "src=\"javascript:") );
  assert( !has_nocase(zHtml, "href=\"vbscript:") );
  assert( !has_nocase(zHtml, "href=\"data:") );
  buf_free(&r.body);
  arena_free(&r.arena);
  free(z);
  return 0;
}

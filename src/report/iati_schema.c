/*
** iati_schema.c: the check of a file against the IATI 2.03 activity
** schema (iati.h, iati_validate()).
**
** The official schema files (data/iati/) are built into the binary
** (tools/embed.c) and compiled once per process.  While they are
** compiled, an entity loader serves the include of iati-common.xsd and
** the imports of xml.xsd from those copies and refuses every other
** external entity: checking a file reads no other file and no network.
** The file itself is read by libxml2's streaming reader with the schema
** attached, so a large file is checked in constant memory, and the check
** stops at the first error.
*/
#include "iati.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

extern const char zIatiActivitiesXsd[];
extern const unsigned long zIatiActivitiesXsd_len;
extern const char zIatiCommonXsd[];
extern const char zIatiXmlXsd[];

static pthread_once_t schemaOnce = PTHREAD_ONCE_INIT;
static xmlSchemaPtr pSchema = 0;
static char zCompileErr[300];

/* The entity loader while the schema compiles: the two files it names,
** from the binary; nothing else. */
static xmlParserInputPtr schema_loader(const char *zUrl, const char *zId,
                                       xmlParserCtxtPtr pCtxt){
  const char *zBase;
  (void)zId;
  if( zUrl==0 ) return 0;
  zBase = strrchr(zUrl, '/');
  zBase = zBase ? zBase+1 : zUrl;
  if( strcmp(zBase, "iati-common.xsd")==0 ){
    return xmlNewStringInputStream(pCtxt, (const xmlChar*)zIatiCommonXsd);
  }
  if( strcmp(zBase, "xml.xsd")==0 ){
    return xmlNewStringInputStream(pCtxt, (const xmlChar*)zIatiXmlXsd);
  }
  return 0;
}

/* Errors while compiling the schema (warnings, such as the second import
** of xml.xsd being skipped, are not errors). */
static void compile_error(void *pArg, xmlErrorPtr pE){
  (void)pArg;
  if( pE==0 || pE->level==XML_ERR_WARNING || zCompileErr[0] ) return;
  snprintf(zCompileErr, sizeof(zCompileErr), "%s",
           pE->message ? pE->message : "unknown error");
}

static void schema_compile(void){
  xmlExternalEntityLoader prev = xmlGetExternalEntityLoader();
  xmlSchemaParserCtxtPtr pc;
  xmlSetExternalEntityLoader(schema_loader);
  pc = xmlSchemaNewMemParserCtxt(zIatiActivitiesXsd,
                                 (int)zIatiActivitiesXsd_len);
  if( pc ){
    xmlSchemaSetParserStructuredErrors(pc, compile_error, 0);
    pSchema = xmlSchemaParse(pc);
    xmlSchemaFreeParserCtxt(pc);
  }
  xmlSetExternalEntityLoader(prev);
}

/* The state of one check. */
typedef struct Check {
  const char *zFile;
  Buf *pErrs;
  int nErr;
} Check;

/* The first error of the file: not well-formed XML, or not valid. */
static void check_error(void *pArg, xmlErrorPtr pE){
  Check *p = pArg;
  char zMsg[300];
  size_t n;
  if( pE==0 || pE->level==XML_ERR_WARNING || p->nErr++ ) return;
  snprintf(zMsg, sizeof(zMsg), "%s", pE->message ? pE->message
           : "unreadable");
  n = strlen(zMsg);
  while( n>0 && (zMsg[n-1]=='\n' || zMsg[n-1]==' ') ) zMsg[--n] = 0;
  buf_appendf(p->pErrs, "accord: %s: line %d: %s: %s\n", p->zFile,
              pE->line, pE->domain==XML_FROM_SCHEMASV
              ? "not valid IATI 2.03 (schema)" : "malformed XML", zMsg);
}

AccRc iati_validate(const char *zFile, Buf *pErrs){
  xmlTextReaderPtr r;
  Check c;
  int rc;
  pthread_once(&schemaOnce, schema_compile);
  if( pSchema==0 ){
    acc_fatal("the built-in IATI schema does not compile: %s", zCompileErr);
  }
  memset(&c, 0, sizeof(c));
  c.zFile = zFile;
  c.pErrs = pErrs;
  r = xmlReaderForFile(zFile, 0, XML_PARSE_NONET);
  if( r==0 ){
    buf_appendf(pErrs, "accord: cannot read %s\n", zFile);
    return ACC_IO;
  }
  xmlTextReaderSetStructuredErrorHandler(r, check_error, &c);
  if( xmlTextReaderSetSchema(r, pSchema) ){
    xmlFreeTextReader(r);
    acc_fatal("libxml2 refused the built-in IATI schema");
  }
  xmlResetLastError();
  while( c.nErr==0 && (rc = xmlTextReaderRead(r))==1 ){}
  if( c.nErr==0 && rc<0 && xmlGetLastError() ){
    /* with a schema attached, the parser's own errors reach only the
    ** thread's last error */
    check_error(&c, xmlGetLastError());
  }
  if( c.nErr==0 && (rc<0 || xmlTextReaderIsValid(r)!=1) ){
    buf_appendf(pErrs, "accord: %s: line %d: not valid IATI 2.03 (schema)"
                "\n", zFile, xmlTextReaderGetParserLineNumber(r));
    c.nErr = 1;
  }
  xmlFreeTextReader(r);
  return c.nErr ? ACC_INVALID : ACC_OK;
}

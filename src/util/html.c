/*
** html.c: the one HTML writer, shared by the web pages (src/web) and the
** HTML reports (src/report); see util.h.
**
** html_printf() is the only way data reaches HTML: %h escapes for HTML
** text and attributes (& < > " '), %t for a URL component, %j for a
** string inside JSON or a script.  %s is reserved for literals of the
** program.  tools/fmtcheck checks every call on every build.
*/
#include "util.h"

#include <stdarg.h>
#include <string.h>

void html_escape(Buf *pB, const char *z){
  const char *zStart = z;
  for(; *z; z++){
    const char *zRep;
    switch( *z ){
      case '&':  zRep = "&amp;"; break;
      case '<':  zRep = "&lt;"; break;
      case '>':  zRep = "&gt;"; break;
      case '"':  zRep = "&quot;"; break;
      case '\'': zRep = "&#39;"; break;
      default:   continue;
    }
    buf_append(pB, zStart, (size_t)(z - zStart));
    buf_puts(pB, zRep);
    zStart = z+1;
  }
  buf_append(pB, zStart, (size_t)(z - zStart));
}

/* Append z escaped as a URL component (RFC 3986 unreserved kept). */
static void url_escape(Buf *pB, const char *z){
  static const char zHex[] = "0123456789ABCDEF";
  for(; *z; z++){
    unsigned char c = (unsigned char)*z;
    if( (c>='A' && c<='Z') || (c>='a' && c<='z') || (c>='0' && c<='9')
     || c=='-' || c=='_' || c=='.' || c=='~' || c=='/' ){
      buf_putc(pB, (char)c);
    }else{
      buf_putc(pB, '%');
      buf_putc(pB, zHex[c>>4]);
      buf_putc(pB, zHex[c&15]);
    }
  }
}

/* Append z escaped for a JSON string (also safe inside <script>). */
static void json_escape(Buf *pB, const char *z){
  static const char zHex[] = "0123456789abcdef";
  for(; *z; z++){
    unsigned char c = (unsigned char)*z;
    if( c=='"' || c=='\\' ){
      buf_putc(pB, '\\');
      buf_putc(pB, (char)c);
    }else if( c<0x20 || c=='<' || c=='>' || c=='&' || c=='\'' ){
      buf_puts(pB, "\\u00");
      buf_putc(pB, zHex[c>>4]);
      buf_putc(pB, zHex[c&15]);
    }else{
      buf_putc(pB, (char)c);
    }
  }
}

void html_vprintf(Buf *pB, const char *zFmt, va_list ap){
  const char *z = zFmt;
  while( *z ){
    const char *zPct = strchr(z, '%');
    char zSpec[16];
    size_t n;
    if( zPct==0 ){
      buf_puts(pB, z);
      break;
    }
    buf_append(pB, z, (size_t)(zPct - z));
    z = zPct + 1;
    switch( *z ){
      case 'h': html_escape(pB, va_arg(ap, const char*)); z++; continue;
      case 't': url_escape(pB, va_arg(ap, const char*)); z++; continue;
      case 'j': json_escape(pB, va_arg(ap, const char*)); z++; continue;
      case 's': buf_puts(pB, va_arg(ap, const char*)); z++; continue;
      case '%': buf_putc(pB, '%'); z++; continue;
      default: break;
    }
    /* A numeric conversion: copy the spec and let printf do it. */
    n = strspn(z, "0123456789.-+ #l");
    if( n+2>sizeof(zSpec) || z[n]==0 ) acc_fatal("bad format %s", zFmt);
    zSpec[0] = '%';
    memcpy(zSpec+1, z, n+1);
    zSpec[n+2] = 0;
    switch( z[n] ){
      case 'd': case 'i': case 'u': case 'x':
        if( n>=2 && z[n-1]=='l' && z[n-2]=='l' ){
          buf_appendf(pB, zSpec, va_arg(ap, long long));
        }else if( n>=1 && z[n-1]=='l' ){
          buf_appendf(pB, zSpec, va_arg(ap, long));
        }else{
          buf_appendf(pB, zSpec, va_arg(ap, int));
        }
        break;
      case 'f': case 'g': case 'e':
        buf_appendf(pB, zSpec, va_arg(ap, double));
        break;
      default:
        acc_fatal("bad format %s", zFmt);
    }
    z += n+1;
  }
}

void html_printf(Buf *pB, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  html_vprintf(pB, zFmt, ap);
  va_end(ap);
}

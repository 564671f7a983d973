/*
** san.c: settings of the sanitizer runtime, for builds with
** AddressSanitizer (make san); in other builds this file is empty.
**
** fontconfig, which pango loads to find fonts when a chart or a PDF is
** drawn, keeps its configuration and caches for the life of the process
** (only FcFini() frees them, and nothing calls it), and LeakSanitizer
** reports them when any program that drew text exits.  They are not ours
** to free, so they are suppressed; and the list of suppressions used is
** not printed at exit, so that a server's log still ends with its own
** last line ("stopped").  These hooks have one definition in the program:
** join any new suppression here.
*/
#if defined(__SANITIZE_ADDRESS__)
# define ACC_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define ACC_ASAN 1
# endif
#endif

#ifdef ACC_ASAN
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void){
  return "leak:libfontconfig.so\n";
}
const char *__lsan_default_options(void);
const char *__lsan_default_options(void){
  return "print_suppressions=0";
}
#else
/* ISO C wants a translation unit to declare something. */
typedef int san_unused_t;
#endif

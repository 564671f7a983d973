/*
** lazylib.c: dlopen(3) a library on its first call (lazylib.h).
*/
#include "lazylib.h"
#include "util.h"

#include <dlfcn.h>
#include <pthread.h>

static pthread_mutex_t lazyMutex = PTHREAD_MUTEX_INITIALIZER;

void *lazy_sym(LazyLib *p, const char *zName){
  void *pSym;
  pthread_mutex_lock(&lazyMutex);
  if( p->pHandle==0 ){
    p->pHandle = dlopen(p->zFile, RTLD_NOW | RTLD_LOCAL);
    if( p->pHandle==0 ){
      const char *zErr = dlerror();
      acc_fatal("the library %s, used for %s, cannot be loaded (%s); "
                "install it (sh tools/install-deps)", p->zFile, p->zFor,
                zErr ? zErr : "no reason given");
    }
  }
  dlerror();
  pSym = dlsym(p->pHandle, zName);
  if( pSym==0 ){
    const char *zErr = dlerror();
    acc_fatal("the library %s, used for %s, lacks %s (%s)",
              p->zFile, p->zFor, zName, zErr ? zErr : "no reason given");
  }
  pthread_mutex_unlock(&lazyMutex);
  return pSym;
}

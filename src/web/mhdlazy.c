/*
** mhdlazy.c: the functions of libmicrohttpd that `accord serve` calls,
** loaded on the first call (src/util/lazylib.h), so that the other
** commands never load it, nor GnuTLS and the libraries it pulls in.  One
** line a function, with microhttpd.h's prototype; the three taking a
** variable list of arguments are written out below.
*/
#include "../util/lazylib.h"

#include <stdarg.h>
#include <stdint.h>
#include <sys/socket.h>
#include <microhttpd.h>

#ifndef ACC_SO_MHD
# define ACC_SO_MHD "libmicrohttpd.so.12"
#endif

static LazyLib lzMhd = { ACC_SO_MHD, "the web server (accord serve)", 0 };

LAZY_FN(lzMhd, enum MHD_Result, MHD_add_response_header,
        (struct MHD_Response *a0, const char *a1, const char *a2), (a0, a1,
        a2))
LAZY_FN(lzMhd, struct MHD_PostProcessor *, MHD_create_post_processor,
        (struct MHD_Connection *a0, size_t a1, MHD_PostDataIterator a2,
        void *a3), (a0, a1, a2, a3))
LAZY_FN(lzMhd, struct MHD_Response *, MHD_create_response_from_buffer,
        (size_t a0, void *a1, enum MHD_ResponseMemoryMode a2), (a0, a1, a2))
LAZY_FN(lzMhd, enum MHD_Result, MHD_destroy_post_processor,
        (struct MHD_PostProcessor *a0), (a0))
LAZY_VOID(lzMhd, MHD_destroy_response, (struct MHD_Response *a0), (a0))
LAZY_FN(lzMhd, int, MHD_get_connection_values, (struct MHD_Connection *a0,
        enum MHD_ValueKind a1, MHD_KeyValueIterator a2, void *a3), (a0, a1, a2,
        a3))
LAZY_FN(lzMhd, const char *, MHD_lookup_connection_value,
        (struct MHD_Connection *a0, enum MHD_ValueKind a1, const char *a2),
        (a0, a1, a2))
LAZY_FN(lzMhd, enum MHD_Result, MHD_post_process,
        (struct MHD_PostProcessor *a0, const char *a1, size_t a2), (a0, a1,
        a2))
LAZY_FN(lzMhd, enum MHD_Result, MHD_queue_response, (struct MHD_Connection *a0,
        unsigned int a1, struct MHD_Response *a2), (a0, a1, a2))
LAZY_FN(lzMhd, MHD_socket, MHD_quiesce_daemon, (struct MHD_Daemon *a0), (a0))
LAZY_VOID(lzMhd, MHD_resume_connection, (struct MHD_Connection *a0), (a0))
LAZY_VOID(lzMhd, MHD_stop_daemon, (struct MHD_Daemon *a0), (a0))
LAZY_VOID(lzMhd, MHD_suspend_connection, (struct MHD_Connection *a0), (a0))

/* The options of MHD_start_daemon() go on to MHD_start_daemon_va(). */
struct MHD_Daemon *MHD_start_daemon(unsigned int flags, uint16_t port,
                                    MHD_AcceptPolicyCallback xApc,
                                    void *pApc, MHD_AccessHandlerCallback xDh,
                                    void *pDh, ...){
  struct MHD_Daemon *d;
  va_list ap;
  va_start(ap, pDh);
  d = MHD_start_daemon_va(flags, port, xApc, pApc, xDh, pDh, ap);
  va_end(ap);
  return d;
}
LAZY_FN(lzMhd, struct MHD_Daemon *, MHD_start_daemon_va, (unsigned int a0,
        uint16_t a1, MHD_AcceptPolicyCallback a2, void *a3,
        MHD_AccessHandlerCallback a4, void *a5, va_list a6),
        (a0, a1, a2, a3, a4, a5, a6))

/* MHD_get_connection_info() and MHD_get_daemon_info() read no argument
** after the kind of information asked for (none of the kinds Accord asks
** for takes one), so none is passed on. */
typedef const union MHD_ConnectionInfo *(*ConnInfoFn)(struct MHD_Connection *,
                                        enum MHD_ConnectionInfoType, ...);
typedef const union MHD_DaemonInfo *(*DaemonInfoFn)(struct MHD_Daemon *,
                                     enum MHD_DaemonInfoType, ...);
const union MHD_ConnectionInfo *MHD_get_connection_info(
    struct MHD_Connection *c, enum MHD_ConnectionInfoType eType, ...){
  ConnInfoFn x;
  LAZY_FIND_(lzMhd, MHD_get_connection_info, (), x);
  return x(c, eType);
}
const union MHD_DaemonInfo *MHD_get_daemon_info(struct MHD_Daemon *d,
                                                enum MHD_DaemonInfoType eType,
                                                ...){
  DaemonInfoFn x;
  LAZY_FIND_(lzMhd, MHD_get_daemon_info, (), x);
  return x(d, eType);
}

/*
** httpInt.h: helpers of the HTTP server (http.c) that touch neither
** libmicrohttpd nor the network (http_text.c).
*/
#ifndef ACCORD_HTTPINT_H
#define ACCORD_HTTPINT_H

#include "web.h"

/* Decode %XX and '+' in place (a form field). */
void http_url_decode(char *z);
/* Whether the tables of routes keep the rule http_route_find() relies
** on: every API pattern under /api/, no other pattern able to match there
** (web_serve() refuses to start otherwise). */
int http_routes_check(void);
/* Find a route for method and path; fill the captured segments of p.
** Returns the route, or NULL with *pbPath set if the path exists for
** another method. */
const Route *http_route_find(Req *p, const char *zMethod, const char *zPath,
                             int *pbPath);
/* The methods of the routes that match zPath, as "GET, POST" (for the
** Allow header of a 405), in p's arena. */
const char *http_route_methods(Req *p, const char *zPath);

#endif

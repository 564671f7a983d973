/*
** renderlazy.c: the functions of cairo, pango, glib, qpdf and
** libxlsxwriter that the reports and charts call, loaded on the first
** call (src/util/lazylib.h), so that a command that draws nothing loads
** none of them, nor the C++ runtime, fontconfig, harfbuzz and the image
** libraries they pull in.  One line a function, with its header's
** prototype, by library.
*/
#include "../util/lazylib.h"

#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib.h>
#include <pango/pangocairo.h>
#include <qpdf/qpdf-c.h>
#include <xlsxwriter.h>

#ifndef ACC_SO_CAIRO
# define ACC_SO_CAIRO "libcairo.so.2"
#endif
#ifndef ACC_SO_PANGO
# define ACC_SO_PANGO "libpango-1.0.so.0"
#endif
#ifndef ACC_SO_PANGOCAIRO
# define ACC_SO_PANGOCAIRO "libpangocairo-1.0.so.0"
#endif
#ifndef ACC_SO_GOBJECT
# define ACC_SO_GOBJECT "libgobject-2.0.so.0"
#endif
#ifndef ACC_SO_GLIB
# define ACC_SO_GLIB "libglib-2.0.so.0"
#endif
#ifndef ACC_SO_QPDF
# define ACC_SO_QPDF "libqpdf.so.29"
#endif
#ifndef ACC_SO_XLSX
# define ACC_SO_XLSX "libxlsxwriter.so.4"
#endif

#define LZ_DRAW "charts and PDF reports"
static LazyLib lzCairo = { ACC_SO_CAIRO, LZ_DRAW, 0 };
static LazyLib lzPango = { ACC_SO_PANGO, LZ_DRAW, 0 };
static LazyLib lzPangoCairo = { ACC_SO_PANGOCAIRO, LZ_DRAW, 0 };
static LazyLib lzGobject = { ACC_SO_GOBJECT, LZ_DRAW, 0 };
static LazyLib lzGlib = { ACC_SO_GLIB, "XLSX workbooks", 0 };
static LazyLib lzQpdf = { ACC_SO_QPDF, "PDF reports", 0 };
static LazyLib lzXlsx = { ACC_SO_XLSX, "XLSX workbooks", 0 };

/* cairo */
LAZY_VOID(lzCairo, cairo_arc, (cairo_t *a0, double a1, double a2, double a3,
        double a4, double a5), (a0, a1, a2, a3, a4, a5))
LAZY_VOID(lzCairo, cairo_clip, (cairo_t *a0), (a0))
LAZY_VOID(lzCairo, cairo_close_path, (cairo_t *a0), (a0))
LAZY_FN(lzCairo, cairo_t *, cairo_create, (cairo_surface_t *a0), (a0))
LAZY_VOID(lzCairo, cairo_destroy, (cairo_t *a0), (a0))
LAZY_VOID(lzCairo, cairo_fill, (cairo_t *a0), (a0))
LAZY_VOID(lzCairo, cairo_fill_preserve, (cairo_t *a0), (a0))
LAZY_FN(lzCairo, cairo_font_options_t *, cairo_font_options_create, (void), ())
LAZY_VOID(lzCairo, cairo_font_options_destroy, (cairo_font_options_t *a0),
        (a0))
LAZY_VOID(lzCairo, cairo_font_options_set_hint_metrics,
        (cairo_font_options_t *a0, cairo_hint_metrics_t a1), (a0, a1))
LAZY_VOID(lzCairo, cairo_font_options_set_hint_style,
        (cairo_font_options_t *a0, cairo_hint_style_t a1), (a0, a1))
LAZY_FN(lzCairo, cairo_surface_t *, cairo_image_surface_create,
        (cairo_format_t a0, int a1, int a2), (a0, a1, a2))
LAZY_VOID(lzCairo, cairo_line_to, (cairo_t *a0, double a1, double a2), (a0, a1,
        a2))
LAZY_VOID(lzCairo, cairo_move_to, (cairo_t *a0, double a1, double a2), (a0, a1,
        a2))
LAZY_VOID(lzCairo, cairo_new_path, (cairo_t *a0), (a0))
LAZY_VOID(lzCairo, cairo_paint, (cairo_t *a0), (a0))
LAZY_FN(lzCairo, int, cairo_pdf_surface_add_outline, (cairo_surface_t *a0,
        int a1, const char *a2, const char *a3, cairo_pdf_outline_flags_t a4),
        (a0, a1, a2, a3, a4))
LAZY_FN(lzCairo, cairo_surface_t *, cairo_pdf_surface_create_for_stream,
        (cairo_write_func_t a0, void *a1, double a2, double a3), (a0, a1, a2,
        a3))
LAZY_VOID(lzCairo, cairo_pdf_surface_set_metadata, (cairo_surface_t *a0,
        cairo_pdf_metadata_t a1, const char *a2), (a0, a1, a2))
LAZY_VOID(lzCairo, cairo_rectangle, (cairo_t *a0, double a1, double a2,
        double a3, double a4), (a0, a1, a2, a3, a4))
LAZY_VOID(lzCairo, cairo_restore, (cairo_t *a0), (a0))
LAZY_VOID(lzCairo, cairo_save, (cairo_t *a0), (a0))
LAZY_VOID(lzCairo, cairo_scale, (cairo_t *a0, double a1, double a2), (a0, a1,
        a2))
LAZY_VOID(lzCairo, cairo_set_dash, (cairo_t *a0, const double *a1, int a2,
        double a3), (a0, a1, a2, a3))
LAZY_VOID(lzCairo, cairo_set_line_cap, (cairo_t *a0, cairo_line_cap_t a1), (a0,
        a1))
LAZY_VOID(lzCairo, cairo_set_line_join, (cairo_t *a0, cairo_line_join_t a1),
        (a0, a1))
LAZY_VOID(lzCairo, cairo_set_line_width, (cairo_t *a0, double a1), (a0, a1))
LAZY_VOID(lzCairo, cairo_set_source_rgb, (cairo_t *a0, double a1, double a2,
        double a3), (a0, a1, a2, a3))
LAZY_VOID(lzCairo, cairo_set_source_rgba, (cairo_t *a0, double a1, double a2,
        double a3, double a4), (a0, a1, a2, a3, a4))
LAZY_VOID(lzCairo, cairo_show_page, (cairo_t *a0), (a0))
LAZY_FN(lzCairo, cairo_status_t, cairo_status, (cairo_t *a0), (a0))
LAZY_FN(lzCairo, const char *, cairo_status_to_string, (cairo_status_t a0),
        (a0))
LAZY_VOID(lzCairo, cairo_stroke, (cairo_t *a0), (a0))
LAZY_VOID(lzCairo, cairo_stroke_preserve, (cairo_t *a0), (a0))
LAZY_VOID(lzCairo, cairo_surface_destroy, (cairo_surface_t *a0), (a0))
LAZY_VOID(lzCairo, cairo_surface_finish, (cairo_surface_t *a0), (a0))
LAZY_VOID(lzCairo, cairo_surface_flush, (cairo_surface_t *a0), (a0))
LAZY_FN(lzCairo, cairo_status_t, cairo_surface_status, (cairo_surface_t *a0),
        (a0))
LAZY_FN(lzCairo, cairo_status_t, cairo_surface_write_to_png_stream,
        (cairo_surface_t *a0, cairo_write_func_t a1, void *a2), (a0, a1, a2))
LAZY_FN(lzCairo, cairo_surface_t *, cairo_svg_surface_create_for_stream,
        (cairo_write_func_t a0, void *a1, double a2, double a3), (a0, a1, a2,
        a3))
LAZY_VOID(lzCairo, cairo_tag_begin, (cairo_t *a0, const char *a1,
        const char *a2), (a0, a1, a2))
LAZY_VOID(lzCairo, cairo_tag_end, (cairo_t *a0, const char *a1), (a0, a1))
LAZY_VOID(lzCairo, cairo_translate, (cairo_t *a0, double a1, double a2), (a0,
        a1, a2))

/* pango */
LAZY_VOID(lzPango, pango_context_set_round_glyph_positions, (PangoContext *a0,
        gboolean a1), (a0, a1))
LAZY_FN(lzPango, PangoFontDescription *, pango_font_description_copy,
        (const PangoFontDescription *a0), (a0))
LAZY_VOID(lzPango, pango_font_description_free, (PangoFontDescription *a0),
        (a0))
LAZY_FN(lzPango, PangoFontDescription *, pango_font_description_from_string,
        (const char *a0), (a0))
LAZY_VOID(lzPango, pango_font_description_set_size, (PangoFontDescription *a0,
        gint a1), (a0, a1))
LAZY_VOID(lzPango, pango_font_description_set_weight,
        (PangoFontDescription *a0, PangoWeight a1), (a0, a1))
LAZY_VOID(lzPango, pango_layout_context_changed, (PangoLayout *a0), (a0))
LAZY_FN(lzPango, PangoContext *, pango_layout_get_context, (PangoLayout *a0),
        (a0))
LAZY_VOID(lzPango, pango_layout_get_extents, (PangoLayout *a0,
        PangoRectangle *a1, PangoRectangle *a2), (a0, a1, a2))
LAZY_FN(lzPango, PangoLayoutIter *, pango_layout_get_iter, (PangoLayout *a0),
        (a0))
LAZY_FN(lzPango, int, pango_layout_get_line_count, (PangoLayout *a0), (a0))
LAZY_FN(lzPango, PangoLayoutLine *, pango_layout_get_line_readonly,
        (PangoLayout *a0, int a1), (a0, a1))
LAZY_VOID(lzPango, pango_layout_iter_free, (PangoLayoutIter *a0), (a0))
LAZY_FN(lzPango, int, pango_layout_iter_get_baseline, (PangoLayoutIter *a0),
        (a0))
LAZY_VOID(lzPango, pango_layout_iter_get_line_extents, (PangoLayoutIter *a0,
        PangoRectangle *a1, PangoRectangle *a2), (a0, a1, a2))
LAZY_FN(lzPango, PangoLayoutLine *, pango_layout_iter_get_line_readonly,
        (PangoLayoutIter *a0), (a0))
LAZY_VOID(lzPango, pango_layout_iter_get_line_yrange, (PangoLayoutIter *a0,
        int *a1, int *a2), (a0, a1, a2))
LAZY_FN(lzPango, gboolean, pango_layout_iter_next_line, (PangoLayoutIter *a0),
        (a0))
LAZY_VOID(lzPango, pango_layout_line_get_extents, (PangoLayoutLine *a0,
        PangoRectangle *a1, PangoRectangle *a2), (a0, a1, a2))
LAZY_FN(lzPango, PangoLayout *, pango_layout_new, (PangoContext *a0), (a0))
LAZY_VOID(lzPango, pango_layout_set_alignment, (PangoLayout *a0,
        PangoAlignment a1), (a0, a1))
LAZY_VOID(lzPango, pango_layout_set_ellipsize, (PangoLayout *a0,
        PangoEllipsizeMode a1), (a0, a1))
LAZY_VOID(lzPango, pango_layout_set_font_description, (PangoLayout *a0,
        const PangoFontDescription *a1), (a0, a1))
LAZY_VOID(lzPango, pango_layout_set_height, (PangoLayout *a0, int a1), (a0,
        a1))
LAZY_VOID(lzPango, pango_layout_set_justify, (PangoLayout *a0, gboolean a1),
        (a0, a1))
LAZY_VOID(lzPango, pango_layout_set_spacing, (PangoLayout *a0, int a1), (a0,
        a1))
LAZY_VOID(lzPango, pango_layout_set_text, (PangoLayout *a0, const char *a1,
        int a2), (a0, a1, a2))
LAZY_VOID(lzPango, pango_layout_set_width, (PangoLayout *a0, int a1), (a0, a1))
LAZY_VOID(lzPango, pango_layout_set_wrap, (PangoLayout *a0, PangoWrapMode a1),
        (a0, a1))

/* pangocairo */
LAZY_VOID(lzPangoCairo, pango_cairo_context_set_font_options,
        (PangoContext *a0, const cairo_font_options_t *a1), (a0, a1))
LAZY_FN(lzPangoCairo, PangoContext *, pango_cairo_create_context,
        (cairo_t *a0), (a0))
LAZY_FN(lzPangoCairo, PangoLayout *, pango_cairo_create_layout, (cairo_t *a0),
        (a0))
LAZY_VOID(lzPangoCairo, pango_cairo_show_layout, (cairo_t *a0,
        PangoLayout *a1), (a0, a1))
LAZY_VOID(lzPangoCairo, pango_cairo_show_layout_line, (cairo_t *a0,
        PangoLayoutLine *a1), (a0, a1))

/* gobject */
LAZY_VOID(lzGobject, g_object_unref, (gpointer a0), (a0))

/* glib */
LAZY_VOID(lzGlib, g_free, (gpointer a0), (a0))
LAZY_FN(lzGlib, gchar *, g_utf8_casefold, (const gchar *a0, gssize a1), (a0,
        a1))

/* qpdf */
LAZY_VOID(lzQpdf, qpdf_cleanup, (qpdf_data *a0), (a0))
LAZY_FN(lzQpdf, const unsigned char *, qpdf_get_buffer, (qpdf_data a0), (a0))
LAZY_FN(lzQpdf, size_t, qpdf_get_buffer_length, (qpdf_data a0), (a0))
LAZY_FN(lzQpdf, qpdf_error, qpdf_get_error, (qpdf_data a0), (a0))
LAZY_FN(lzQpdf, const char *, qpdf_get_error_full_text, (qpdf_data a0,
        qpdf_error a1), (a0, a1))
LAZY_FN(lzQpdf, int, qpdf_get_num_pages, (qpdf_data a0), (a0))
LAZY_FN(lzQpdf, qpdf_oh, qpdf_get_page_n, (qpdf_data a0, size_t a1), (a0, a1))
LAZY_FN(lzQpdf, qpdf_oh, qpdf_get_root, (qpdf_data a0), (a0))
LAZY_FN(lzQpdf, QPDF_BOOL, qpdf_has_error, (qpdf_data a0), (a0))
/* (qpdf-c.h declares it without a prototype: "qpdf_init()") */
qpdf_data qpdf_init(void);
LAZY_FN(lzQpdf, qpdf_data, qpdf_init, (void), ())
LAZY_FN(lzQpdf, QPDF_ERROR_CODE, qpdf_init_write_memory, (qpdf_data a0), (a0))
LAZY_FN(lzQpdf, qpdf_oh, qpdf_make_indirect_object, (qpdf_data a0, qpdf_oh a1),
        (a0, a1))
LAZY_VOID(lzQpdf, qpdf_oh_append_item, (qpdf_data a0, qpdf_oh a1, qpdf_oh a2),
        (a0, a1, a2))
LAZY_FN(lzQpdf, qpdf_oh, qpdf_oh_get_array_item, (qpdf_data a0, qpdf_oh a1,
        int a2), (a0, a1, a2))
LAZY_FN(lzQpdf, int, qpdf_oh_get_array_n_items, (qpdf_data a0, qpdf_oh a1),
        (a0, a1))
LAZY_FN(lzQpdf, qpdf_oh, qpdf_oh_get_key, (qpdf_data a0, qpdf_oh a1,
        const char *a2), (a0, a1, a2))
LAZY_FN(lzQpdf, QPDF_BOOL, qpdf_oh_has_key, (qpdf_data a0, qpdf_oh a1,
        const char *a2), (a0, a1, a2))
LAZY_FN(lzQpdf, QPDF_BOOL, qpdf_oh_is_array, (qpdf_data a0, qpdf_oh a1), (a0,
        a1))
LAZY_FN(lzQpdf, QPDF_BOOL, qpdf_oh_is_dictionary, (qpdf_data a0, qpdf_oh a1),
        (a0, a1))
LAZY_FN(lzQpdf, QPDF_BOOL, qpdf_oh_is_name_and_equals, (qpdf_data a0,
        qpdf_oh a1, const char *a2), (a0, a1, a2))
LAZY_FN(lzQpdf, qpdf_oh, qpdf_oh_new_array, (qpdf_data a0), (a0))
LAZY_FN(lzQpdf, qpdf_oh, qpdf_oh_new_bool, (qpdf_data a0, QPDF_BOOL a1), (a0,
        a1))
LAZY_FN(lzQpdf, qpdf_oh, qpdf_oh_new_dictionary, (qpdf_data a0), (a0))
LAZY_FN(lzQpdf, qpdf_oh, qpdf_oh_new_name, (qpdf_data a0, const char *a1), (a0,
        a1))
LAZY_FN(lzQpdf, qpdf_oh, qpdf_oh_new_unicode_string, (qpdf_data a0,
        const char *a1), (a0, a1))
LAZY_VOID(lzQpdf, qpdf_oh_replace_key, (qpdf_data a0, qpdf_oh a1,
        const char *a2, qpdf_oh a3), (a0, a1, a2, a3))
LAZY_FN(lzQpdf, QPDF_ERROR_CODE, qpdf_read_memory, (qpdf_data a0,
        const char *a1, const char *a2, long long unsigned int a3,
        const char *a4), (a0, a1, a2, a3, a4))
LAZY_VOID(lzQpdf, qpdf_set_deterministic_ID, (qpdf_data a0, QPDF_BOOL a1), (a0,
        a1))
LAZY_VOID(lzQpdf, qpdf_set_object_stream_mode, (qpdf_data a0,
        enum qpdf_object_stream_e a1), (a0, a1))
LAZY_VOID(lzQpdf, qpdf_set_stream_data_mode, (qpdf_data a0,
        enum qpdf_stream_data_e a1), (a0, a1))
LAZY_VOID(lzQpdf, qpdf_set_suppress_warnings, (qpdf_data a0, QPDF_BOOL a1),
        (a0, a1))
LAZY_FN(lzQpdf, QPDF_ERROR_CODE, qpdf_write, (qpdf_data a0), (a0))

/* libxlsxwriter */
LAZY_VOID(lzXlsx, format_set_align, (lxw_format *a0, uint8_t a1), (a0, a1))
LAZY_VOID(lzXlsx, format_set_bg_color, (lxw_format *a0, lxw_color_t a1), (a0,
        a1))
LAZY_VOID(lzXlsx, format_set_bold, (lxw_format *a0), (a0))
LAZY_VOID(lzXlsx, format_set_bottom, (lxw_format *a0, uint8_t a1), (a0, a1))
LAZY_VOID(lzXlsx, format_set_font_color, (lxw_format *a0, lxw_color_t a1), (a0,
        a1))
LAZY_VOID(lzXlsx, format_set_font_size, (lxw_format *a0, double a1), (a0, a1))
LAZY_VOID(lzXlsx, format_set_italic, (lxw_format *a0), (a0))
LAZY_VOID(lzXlsx, format_set_num_format, (lxw_format *a0, const char *a1), (a0,
        a1))
LAZY_VOID(lzXlsx, format_set_text_wrap, (lxw_format *a0), (a0))
LAZY_FN(lzXlsx, char *, lxw_strerror, (lxw_error a0), (a0))
LAZY_FN(lzXlsx, lxw_format *, workbook_add_format, (lxw_workbook *a0), (a0))
LAZY_FN(lzXlsx, lxw_worksheet *, workbook_add_worksheet, (lxw_workbook *a0,
        const char *a1), (a0, a1))
LAZY_FN(lzXlsx, lxw_error, workbook_close, (lxw_workbook *a0), (a0))
LAZY_FN(lzXlsx, lxw_workbook *, workbook_new, (const char *a0), (a0))
LAZY_FN(lzXlsx, lxw_error, workbook_set_properties, (lxw_workbook *a0,
        lxw_doc_properties *a1), (a0, a1))
LAZY_FN(lzXlsx, lxw_error, worksheet_autofilter, (lxw_worksheet *a0,
        lxw_row_t a1, lxw_col_t a2, lxw_row_t a3, lxw_col_t a4), (a0, a1, a2,
        a3, a4))
LAZY_VOID(lzXlsx, worksheet_freeze_panes, (lxw_worksheet *a0, lxw_row_t a1,
        lxw_col_t a2), (a0, a1, a2))
LAZY_FN(lzXlsx, lxw_error, worksheet_insert_image_buffer_opt,
        (lxw_worksheet *a0, lxw_row_t a1, lxw_col_t a2,
        const unsigned char *a3, size_t a4, lxw_image_options *a5), (a0, a1,
        a2, a3, a4, a5))
LAZY_FN(lzXlsx, lxw_error, worksheet_set_column, (lxw_worksheet *a0,
        lxw_col_t a1, lxw_col_t a2, double a3, lxw_format *a4), (a0, a1, a2,
        a3, a4))
LAZY_FN(lzXlsx, lxw_error, worksheet_write_datetime, (lxw_worksheet *a0,
        lxw_row_t a1, lxw_col_t a2, lxw_datetime *a3, lxw_format *a4), (a0, a1,
        a2, a3, a4))
LAZY_FN(lzXlsx, lxw_error, worksheet_write_number, (lxw_worksheet *a0,
        lxw_row_t a1, lxw_col_t a2, double a3, lxw_format *a4), (a0, a1, a2,
        a3, a4))
LAZY_FN(lzXlsx, lxw_error, worksheet_write_string, (lxw_worksheet *a0,
        lxw_row_t a1, lxw_col_t a2, const char *a3, lxw_format *a4), (a0, a1,
        a2, a3, a4))

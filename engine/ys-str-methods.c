/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-str-methods.c: the methods of str, and the printf-style '%' operator on str.
 *
 * Text is UTF-8.  Separators, prefixes and substrings are searched for byte-wise:
 * a match of valid UTF-8 inside valid UTF-8 always starts on a character boundary,
 * so only results that report positions need to count code points, and ASCII
 * strings (the common case) never decode anything. */
#include "ys-runtime.h"
#include "ys-format.h"

#include <math.h>
#include <string.h>

/* Unicode character properties.
 *
 * GLib's character data mostly agrees with CPython 3.11's (Unicode 14.0).  The
 * tables below hold where it does not: characters GLib already knows from
 * Unicode 15.0, properties that are not general categories (Other_Lowercase,
 * numeric values, XID_Start, ...), and case mappings that GLib either lacks or
 * only has in their simple form.  They were derived from CPython's unicodedata
 * and str methods, code point by code point. */

typedef struct
{
  guint32 first, last;
} UniRange;

/* A range of code points whose mapping is the code point plus delta. */
typedef struct
{
  guint32 first, last;
  gint32  delta;
} CaseDelta;

/* A mapping to more than one character (or to one GLib does not know). */
typedef struct
{
  guint32 cp;
  guint32 chars[3];
} CaseSpecial;

/* Assigned in Unicode 15.0 but not in 14.0: unassigned for CPython 3.11. */
static const UniRange unassigned_new[] = {
  { 0x0CF3, 0x0CF3 }, { 0x0ECE, 0x0ECE }, { 0x10EFD, 0x10EFF }, { 0x1123F, 0x11241 },
  { 0x11B00, 0x11B09 }, { 0x11F00, 0x11F10 }, { 0x11F12, 0x11F3A }, { 0x11F3E, 0x11F59 },
  { 0x1342F, 0x1342F }, { 0x13439, 0x13455 }, { 0x1B132, 0x1B132 }, { 0x1B155, 0x1B155 },
  { 0x1D2C0, 0x1D2D3 }, { 0x1DF25, 0x1DF2A }, { 0x1E030, 0x1E06D }, { 0x1E08F, 0x1E08F },
  { 0x1E4D0, 0x1E4F9 }, { 0x1F6DC, 0x1F6DC }, { 0x1F774, 0x1F776 }, { 0x1F77B, 0x1F77F },
  { 0x1F7D9, 0x1F7D9 }, { 0x1FA75, 0x1FA77 }, { 0x1FA87, 0x1FA88 }, { 0x1FAAD, 0x1FAAF },
  { 0x1FABB, 0x1FABD }, { 0x1FABF, 0x1FABF }, { 0x1FACE, 0x1FACF }, { 0x1FADA, 0x1FADB },
  { 0x1FAE8, 0x1FAE8 }, { 0x1FAF7, 0x1FAF8 }, { 0x2B739, 0x2B739 }, { 0x31350, 0x323AF },
};

/* Digits (Numeric_Type=Digit) that are not decimal digits. */
static const UniRange digit_extra[] = {
  { 0x00B2, 0x00B3 }, { 0x00B9, 0x00B9 }, { 0x1369, 0x1371 }, { 0x19DA, 0x19DA },
  { 0x2070, 0x2070 }, { 0x2074, 0x2079 }, { 0x2080, 0x2089 }, { 0x2460, 0x2468 },
  { 0x2474, 0x247C }, { 0x2488, 0x2490 }, { 0x24EA, 0x24EA }, { 0x24F5, 0x24FD },
  { 0x24FF, 0x24FF }, { 0x2776, 0x277E }, { 0x2780, 0x2788 }, { 0x278A, 0x2792 },
  { 0x10A40, 0x10A43 }, { 0x10E60, 0x10E68 }, { 0x11052, 0x1105A }, { 0x1F100, 0x1F10A },
};

/* Where "numeric" differs from "general category N*" (mostly CJK numerals). */
static const UniRange numeric_flip[] = {
  { 0x3405, 0x3405 }, { 0x3483, 0x3483 }, { 0x382A, 0x382A }, { 0x3B4D, 0x3B4D },
  { 0x4E00, 0x4E00 }, { 0x4E03, 0x4E03 }, { 0x4E07, 0x4E07 }, { 0x4E09, 0x4E09 },
  { 0x4E5D, 0x4E5D }, { 0x4E8C, 0x4E8C }, { 0x4E94, 0x4E94 }, { 0x4E96, 0x4E96 },
  { 0x4EBF, 0x4EC0 }, { 0x4EDF, 0x4EDF }, { 0x4EE8, 0x4EE8 }, { 0x4F0D, 0x4F0D },
  { 0x4F70, 0x4F70 }, { 0x5104, 0x5104 }, { 0x5146, 0x5146 }, { 0x5169, 0x5169 },
  { 0x516B, 0x516B }, { 0x516D, 0x516D }, { 0x5341, 0x5341 }, { 0x5343, 0x5345 },
  { 0x534C, 0x534C }, { 0x53C1, 0x53C4 }, { 0x56DB, 0x56DB }, { 0x58F1, 0x58F1 },
  { 0x58F9, 0x58F9 }, { 0x5E7A, 0x5E7A }, { 0x5EFE, 0x5EFF }, { 0x5F0C, 0x5F0E },
  { 0x5F10, 0x5F10 }, { 0x62FE, 0x62FE }, { 0x634C, 0x634C }, { 0x67D2, 0x67D2 },
  { 0x6F06, 0x6F06 }, { 0x7396, 0x7396 }, { 0x767E, 0x767E }, { 0x8086, 0x8086 },
  { 0x842C, 0x842C }, { 0x8CAE, 0x8CAE }, { 0x8CB3, 0x8CB3 }, { 0x8D30, 0x8D30 },
  { 0x9621, 0x9621 }, { 0x9646, 0x9646 }, { 0x964C, 0x964C }, { 0x9678, 0x9678 },
  { 0x96F6, 0x96F6 }, { 0xF96B, 0xF96B }, { 0xF973, 0xF973 }, { 0xF978, 0xF978 },
  { 0xF9B2, 0xF9B2 }, { 0xF9D1, 0xF9D1 }, { 0xF9D3, 0xF9D3 }, { 0xF9FD, 0xF9FD },
  { 0x20001, 0x20001 }, { 0x20064, 0x20064 }, { 0x200E2, 0x200E2 }, { 0x20121, 0x20121 },
  { 0x2092A, 0x2092A }, { 0x20983, 0x20983 }, { 0x2098C, 0x2098C }, { 0x2099C, 0x2099C },
  { 0x20AEA, 0x20AEA }, { 0x20AFD, 0x20AFD }, { 0x20B19, 0x20B19 }, { 0x22390, 0x22390 },
  { 0x22998, 0x22998 }, { 0x23B1B, 0x23B1B }, { 0x2626D, 0x2626D }, { 0x2F890, 0x2F890 },
};

/* Where Python's isupper differs from "category Lu" (Other_Uppercase). */
static const UniRange upper_flip[] = {
  { 0x2160, 0x216F }, { 0x24B6, 0x24CF }, { 0x1F130, 0x1F149 }, { 0x1F150, 0x1F169 },
  { 0x1F170, 0x1F189 },
};

/* Where Python's islower differs from "category Ll" (Other_Lowercase). */
static const UniRange lower_flip[] = {
  { 0x00AA, 0x00AA }, { 0x00BA, 0x00BA }, { 0x02B0, 0x02B8 }, { 0x02C0, 0x02C1 },
  { 0x02E0, 0x02E4 }, { 0x0345, 0x0345 }, { 0x037A, 0x037A }, { 0x1D2C, 0x1D6A },
  { 0x1D78, 0x1D78 }, { 0x1D9B, 0x1DBF }, { 0x2071, 0x2071 }, { 0x207F, 0x207F },
  { 0x2090, 0x209C }, { 0x2170, 0x217F }, { 0x24D0, 0x24E9 }, { 0x2C7C, 0x2C7D },
  { 0xA69C, 0xA69D }, { 0xA770, 0xA770 }, { 0xA7F8, 0xA7F9 }, { 0xAB5C, 0xAB5F },
  { 0x10780, 0x10780 }, { 0x10783, 0x10785 }, { 0x10787, 0x107B0 }, { 0x107B2, 0x107BA },
};

/* Among uncased characters, where Case_Ignorable differs from "category Mn, Me,
 * Cf, Lm or Sk". */
static const UniRange ignorable_flip[] = {
  { 0x0027, 0x0027 }, { 0x002E, 0x002E }, { 0x003A, 0x003A }, { 0x00B7, 0x00B7 },
  { 0x0387, 0x0387 }, { 0x055F, 0x055F }, { 0x05F4, 0x05F4 }, { 0x2018, 0x2019 },
  { 0x2024, 0x2024 }, { 0x2027, 0x2027 }, { 0xFE13, 0xFE13 }, { 0xFE52, 0xFE52 },
  { 0xFE55, 0xFE55 }, { 0xFF07, 0xFF07 }, { 0xFF0E, 0xFF0E }, { 0xFF1A, 0xFF1A },
};

/* Where XID_Start differs from "category L* or Nl, or '_'". */
static const UniRange xid_start_flip[] = {
  { 0x037A, 0x037A }, { 0x0E33, 0x0E33 }, { 0x0EB3, 0x0EB3 }, { 0x1885, 0x1886 },
  { 0x2118, 0x2118 }, { 0x212E, 0x212E }, { 0x2E2F, 0x2E2F }, { 0xFC5E, 0xFC63 },
  { 0xFDFA, 0xFDFB }, { 0xFE70, 0xFE70 }, { 0xFE72, 0xFE72 }, { 0xFE74, 0xFE74 },
  { 0xFE76, 0xFE76 }, { 0xFE78, 0xFE78 }, { 0xFE7A, 0xFE7A }, { 0xFE7C, 0xFE7C },
  { 0xFE7E, 0xFE7E }, { 0xFF9E, 0xFF9F },
};

/* Where XID_Continue differs from "XID_Start-like, or category Mn, Mc, Nd or Pc". */
static const UniRange xid_continue_flip[] = {
  { 0x00B7, 0x00B7 }, { 0x037A, 0x037A }, { 0x0387, 0x0387 }, { 0x1369, 0x1371 },
  { 0x19DA, 0x19DA }, { 0x2118, 0x2118 }, { 0x212E, 0x212E }, { 0x2E2F, 0x2E2F },
  { 0xFC5E, 0xFC63 }, { 0xFDFA, 0xFDFB }, { 0xFE70, 0xFE70 }, { 0xFE72, 0xFE72 },
  { 0xFE74, 0xFE74 }, { 0xFE76, 0xFE76 }, { 0xFE78, 0xFE78 }, { 0xFE7A, 0xFE7A },
  { 0xFE7C, 0xFE7C }, { 0xFE7E, 0xFE7E },
};

/* Full case mappings that GLib's simple ones get wrong, by kind. */
static const CaseDelta up_deltas[] = {
  { 0x0345, 0x0345, 84 }, { 0x2170, 0x217F, -16 }, { 0x24D0, 0x24E9, -26 },
};

static const CaseDelta low_deltas[] = {
  { 0x2160, 0x216F, 16 }, { 0x24B6, 0x24CF, 26 },
};

static const CaseDelta title_deltas[] = {
  { 0x0345, 0x0345, 84 }, { 0x10D0, 0x10FA, 0 }, { 0x10FD, 0x10FF, 0 },
  { 0x2170, 0x217F, -16 }, { 0x24D0, 0x24E9, -26 },
};

static const CaseDelta fold_deltas[] = {
  { 0x00B5, 0x00B5, 775 }, { 0x017F, 0x017F, -268 }, { 0x0345, 0x0345, 116 },
  { 0x03C2, 0x03C2, 1 }, { 0x03D0, 0x03D0, -30 }, { 0x03D1, 0x03D1, -25 },
  { 0x03D5, 0x03D5, -15 }, { 0x03D6, 0x03D6, -22 }, { 0x03F0, 0x03F0, -54 },
  { 0x03F1, 0x03F1, -48 }, { 0x03F5, 0x03F5, -64 }, { 0x13A0, 0x13F5, 0 },
  { 0x13F8, 0x13FD, -8 }, { 0x1C80, 0x1C80, -6222 }, { 0x1C81, 0x1C81, -6221 },
  { 0x1C82, 0x1C82, -6212 }, { 0x1C83, 0x1C84, -6210 }, { 0x1C85, 0x1C85, -6211 },
  { 0x1C86, 0x1C86, -6204 }, { 0x1C87, 0x1C87, -6180 }, { 0x1C88, 0x1C88, 35267 },
  { 0x1E9B, 0x1E9B, -58 }, { 0x1FBE, 0x1FBE, -7173 }, { 0xAB70, 0xABBF, -38864 },
};

static const CaseSpecial up_specials[] = {
  { 0x00DF, { 0x0053, 0x0053, 0x0000 } }, { 0x0149, { 0x02BC, 0x004E, 0x0000 } },
  { 0x01F0, { 0x004A, 0x030C, 0x0000 } }, { 0x0390, { 0x0399, 0x0308, 0x0301 } },
  { 0x03B0, { 0x03A5, 0x0308, 0x0301 } }, { 0x0587, { 0x0535, 0x0552, 0x0000 } },
  { 0x1E96, { 0x0048, 0x0331, 0x0000 } }, { 0x1E97, { 0x0054, 0x0308, 0x0000 } },
  { 0x1E98, { 0x0057, 0x030A, 0x0000 } }, { 0x1E99, { 0x0059, 0x030A, 0x0000 } },
  { 0x1E9A, { 0x0041, 0x02BE, 0x0000 } }, { 0x1F50, { 0x03A5, 0x0313, 0x0000 } },
  { 0x1F52, { 0x03A5, 0x0313, 0x0300 } }, { 0x1F54, { 0x03A5, 0x0313, 0x0301 } },
  { 0x1F56, { 0x03A5, 0x0313, 0x0342 } }, { 0x1F80, { 0x1F08, 0x0399, 0x0000 } },
  { 0x1F81, { 0x1F09, 0x0399, 0x0000 } }, { 0x1F82, { 0x1F0A, 0x0399, 0x0000 } },
  { 0x1F83, { 0x1F0B, 0x0399, 0x0000 } }, { 0x1F84, { 0x1F0C, 0x0399, 0x0000 } },
  { 0x1F85, { 0x1F0D, 0x0399, 0x0000 } }, { 0x1F86, { 0x1F0E, 0x0399, 0x0000 } },
  { 0x1F87, { 0x1F0F, 0x0399, 0x0000 } }, { 0x1F88, { 0x1F08, 0x0399, 0x0000 } },
  { 0x1F89, { 0x1F09, 0x0399, 0x0000 } }, { 0x1F8A, { 0x1F0A, 0x0399, 0x0000 } },
  { 0x1F8B, { 0x1F0B, 0x0399, 0x0000 } }, { 0x1F8C, { 0x1F0C, 0x0399, 0x0000 } },
  { 0x1F8D, { 0x1F0D, 0x0399, 0x0000 } }, { 0x1F8E, { 0x1F0E, 0x0399, 0x0000 } },
  { 0x1F8F, { 0x1F0F, 0x0399, 0x0000 } }, { 0x1F90, { 0x1F28, 0x0399, 0x0000 } },
  { 0x1F91, { 0x1F29, 0x0399, 0x0000 } }, { 0x1F92, { 0x1F2A, 0x0399, 0x0000 } },
  { 0x1F93, { 0x1F2B, 0x0399, 0x0000 } }, { 0x1F94, { 0x1F2C, 0x0399, 0x0000 } },
  { 0x1F95, { 0x1F2D, 0x0399, 0x0000 } }, { 0x1F96, { 0x1F2E, 0x0399, 0x0000 } },
  { 0x1F97, { 0x1F2F, 0x0399, 0x0000 } }, { 0x1F98, { 0x1F28, 0x0399, 0x0000 } },
  { 0x1F99, { 0x1F29, 0x0399, 0x0000 } }, { 0x1F9A, { 0x1F2A, 0x0399, 0x0000 } },
  { 0x1F9B, { 0x1F2B, 0x0399, 0x0000 } }, { 0x1F9C, { 0x1F2C, 0x0399, 0x0000 } },
  { 0x1F9D, { 0x1F2D, 0x0399, 0x0000 } }, { 0x1F9E, { 0x1F2E, 0x0399, 0x0000 } },
  { 0x1F9F, { 0x1F2F, 0x0399, 0x0000 } }, { 0x1FA0, { 0x1F68, 0x0399, 0x0000 } },
  { 0x1FA1, { 0x1F69, 0x0399, 0x0000 } }, { 0x1FA2, { 0x1F6A, 0x0399, 0x0000 } },
  { 0x1FA3, { 0x1F6B, 0x0399, 0x0000 } }, { 0x1FA4, { 0x1F6C, 0x0399, 0x0000 } },
  { 0x1FA5, { 0x1F6D, 0x0399, 0x0000 } }, { 0x1FA6, { 0x1F6E, 0x0399, 0x0000 } },
  { 0x1FA7, { 0x1F6F, 0x0399, 0x0000 } }, { 0x1FA8, { 0x1F68, 0x0399, 0x0000 } },
  { 0x1FA9, { 0x1F69, 0x0399, 0x0000 } }, { 0x1FAA, { 0x1F6A, 0x0399, 0x0000 } },
  { 0x1FAB, { 0x1F6B, 0x0399, 0x0000 } }, { 0x1FAC, { 0x1F6C, 0x0399, 0x0000 } },
  { 0x1FAD, { 0x1F6D, 0x0399, 0x0000 } }, { 0x1FAE, { 0x1F6E, 0x0399, 0x0000 } },
  { 0x1FAF, { 0x1F6F, 0x0399, 0x0000 } }, { 0x1FB2, { 0x1FBA, 0x0399, 0x0000 } },
  { 0x1FB3, { 0x0391, 0x0399, 0x0000 } }, { 0x1FB4, { 0x0386, 0x0399, 0x0000 } },
  { 0x1FB6, { 0x0391, 0x0342, 0x0000 } }, { 0x1FB7, { 0x0391, 0x0342, 0x0399 } },
  { 0x1FBC, { 0x0391, 0x0399, 0x0000 } }, { 0x1FC2, { 0x1FCA, 0x0399, 0x0000 } },
  { 0x1FC3, { 0x0397, 0x0399, 0x0000 } }, { 0x1FC4, { 0x0389, 0x0399, 0x0000 } },
  { 0x1FC6, { 0x0397, 0x0342, 0x0000 } }, { 0x1FC7, { 0x0397, 0x0342, 0x0399 } },
  { 0x1FCC, { 0x0397, 0x0399, 0x0000 } }, { 0x1FD2, { 0x0399, 0x0308, 0x0300 } },
  { 0x1FD3, { 0x0399, 0x0308, 0x0301 } }, { 0x1FD6, { 0x0399, 0x0342, 0x0000 } },
  { 0x1FD7, { 0x0399, 0x0308, 0x0342 } }, { 0x1FE2, { 0x03A5, 0x0308, 0x0300 } },
  { 0x1FE3, { 0x03A5, 0x0308, 0x0301 } }, { 0x1FE4, { 0x03A1, 0x0313, 0x0000 } },
  { 0x1FE6, { 0x03A5, 0x0342, 0x0000 } }, { 0x1FE7, { 0x03A5, 0x0308, 0x0342 } },
  { 0x1FF2, { 0x1FFA, 0x0399, 0x0000 } }, { 0x1FF3, { 0x03A9, 0x0399, 0x0000 } },
  { 0x1FF4, { 0x038F, 0x0399, 0x0000 } }, { 0x1FF6, { 0x03A9, 0x0342, 0x0000 } },
  { 0x1FF7, { 0x03A9, 0x0342, 0x0399 } }, { 0x1FFC, { 0x03A9, 0x0399, 0x0000 } },
  { 0xFB00, { 0x0046, 0x0046, 0x0000 } }, { 0xFB01, { 0x0046, 0x0049, 0x0000 } },
  { 0xFB02, { 0x0046, 0x004C, 0x0000 } }, { 0xFB03, { 0x0046, 0x0046, 0x0049 } },
  { 0xFB04, { 0x0046, 0x0046, 0x004C } }, { 0xFB05, { 0x0053, 0x0054, 0x0000 } },
  { 0xFB06, { 0x0053, 0x0054, 0x0000 } }, { 0xFB13, { 0x0544, 0x0546, 0x0000 } },
  { 0xFB14, { 0x0544, 0x0535, 0x0000 } }, { 0xFB15, { 0x0544, 0x053B, 0x0000 } },
  { 0xFB16, { 0x054E, 0x0546, 0x0000 } }, { 0xFB17, { 0x0544, 0x053D, 0x0000 } },
};

static const CaseSpecial low_specials[] = {
  { 0x0130, { 0x0069, 0x0307, 0x0000 } },
};

static const CaseSpecial title_specials[] = {
  { 0x00DF, { 0x0053, 0x0073, 0x0000 } }, { 0x0149, { 0x02BC, 0x004E, 0x0000 } },
  { 0x01F0, { 0x004A, 0x030C, 0x0000 } }, { 0x0390, { 0x0399, 0x0308, 0x0301 } },
  { 0x03B0, { 0x03A5, 0x0308, 0x0301 } }, { 0x0587, { 0x0535, 0x0582, 0x0000 } },
  { 0x1E96, { 0x0048, 0x0331, 0x0000 } }, { 0x1E97, { 0x0054, 0x0308, 0x0000 } },
  { 0x1E98, { 0x0057, 0x030A, 0x0000 } }, { 0x1E99, { 0x0059, 0x030A, 0x0000 } },
  { 0x1E9A, { 0x0041, 0x02BE, 0x0000 } }, { 0x1F50, { 0x03A5, 0x0313, 0x0000 } },
  { 0x1F52, { 0x03A5, 0x0313, 0x0300 } }, { 0x1F54, { 0x03A5, 0x0313, 0x0301 } },
  { 0x1F56, { 0x03A5, 0x0313, 0x0342 } }, { 0x1FB2, { 0x1FBA, 0x0345, 0x0000 } },
  { 0x1FB4, { 0x0386, 0x0345, 0x0000 } }, { 0x1FB6, { 0x0391, 0x0342, 0x0000 } },
  { 0x1FB7, { 0x0391, 0x0342, 0x0345 } }, { 0x1FC2, { 0x1FCA, 0x0345, 0x0000 } },
  { 0x1FC4, { 0x0389, 0x0345, 0x0000 } }, { 0x1FC6, { 0x0397, 0x0342, 0x0000 } },
  { 0x1FC7, { 0x0397, 0x0342, 0x0345 } }, { 0x1FD2, { 0x0399, 0x0308, 0x0300 } },
  { 0x1FD3, { 0x0399, 0x0308, 0x0301 } }, { 0x1FD6, { 0x0399, 0x0342, 0x0000 } },
  { 0x1FD7, { 0x0399, 0x0308, 0x0342 } }, { 0x1FE2, { 0x03A5, 0x0308, 0x0300 } },
  { 0x1FE3, { 0x03A5, 0x0308, 0x0301 } }, { 0x1FE4, { 0x03A1, 0x0313, 0x0000 } },
  { 0x1FE6, { 0x03A5, 0x0342, 0x0000 } }, { 0x1FE7, { 0x03A5, 0x0308, 0x0342 } },
  { 0x1FF2, { 0x1FFA, 0x0345, 0x0000 } }, { 0x1FF4, { 0x038F, 0x0345, 0x0000 } },
  { 0x1FF6, { 0x03A9, 0x0342, 0x0000 } }, { 0x1FF7, { 0x03A9, 0x0342, 0x0345 } },
  { 0xFB00, { 0x0046, 0x0066, 0x0000 } }, { 0xFB01, { 0x0046, 0x0069, 0x0000 } },
  { 0xFB02, { 0x0046, 0x006C, 0x0000 } }, { 0xFB03, { 0x0046, 0x0066, 0x0069 } },
  { 0xFB04, { 0x0046, 0x0066, 0x006C } }, { 0xFB05, { 0x0053, 0x0074, 0x0000 } },
  { 0xFB06, { 0x0053, 0x0074, 0x0000 } }, { 0xFB13, { 0x0544, 0x0576, 0x0000 } },
  { 0xFB14, { 0x0544, 0x0565, 0x0000 } }, { 0xFB15, { 0x0544, 0x056B, 0x0000 } },
  { 0xFB16, { 0x054E, 0x0576, 0x0000 } }, { 0xFB17, { 0x0544, 0x056D, 0x0000 } },
};

static const CaseSpecial fold_specials[] = {
  { 0x00DF, { 0x0073, 0x0073, 0x0000 } }, { 0x0149, { 0x02BC, 0x006E, 0x0000 } },
  { 0x01F0, { 0x006A, 0x030C, 0x0000 } }, { 0x0390, { 0x03B9, 0x0308, 0x0301 } },
  { 0x03B0, { 0x03C5, 0x0308, 0x0301 } }, { 0x0587, { 0x0565, 0x0582, 0x0000 } },
  { 0x1E96, { 0x0068, 0x0331, 0x0000 } }, { 0x1E97, { 0x0074, 0x0308, 0x0000 } },
  { 0x1E98, { 0x0077, 0x030A, 0x0000 } }, { 0x1E99, { 0x0079, 0x030A, 0x0000 } },
  { 0x1E9A, { 0x0061, 0x02BE, 0x0000 } }, { 0x1E9E, { 0x0073, 0x0073, 0x0000 } },
  { 0x1F50, { 0x03C5, 0x0313, 0x0000 } }, { 0x1F52, { 0x03C5, 0x0313, 0x0300 } },
  { 0x1F54, { 0x03C5, 0x0313, 0x0301 } }, { 0x1F56, { 0x03C5, 0x0313, 0x0342 } },
  { 0x1F80, { 0x1F00, 0x03B9, 0x0000 } }, { 0x1F81, { 0x1F01, 0x03B9, 0x0000 } },
  { 0x1F82, { 0x1F02, 0x03B9, 0x0000 } }, { 0x1F83, { 0x1F03, 0x03B9, 0x0000 } },
  { 0x1F84, { 0x1F04, 0x03B9, 0x0000 } }, { 0x1F85, { 0x1F05, 0x03B9, 0x0000 } },
  { 0x1F86, { 0x1F06, 0x03B9, 0x0000 } }, { 0x1F87, { 0x1F07, 0x03B9, 0x0000 } },
  { 0x1F88, { 0x1F00, 0x03B9, 0x0000 } }, { 0x1F89, { 0x1F01, 0x03B9, 0x0000 } },
  { 0x1F8A, { 0x1F02, 0x03B9, 0x0000 } }, { 0x1F8B, { 0x1F03, 0x03B9, 0x0000 } },
  { 0x1F8C, { 0x1F04, 0x03B9, 0x0000 } }, { 0x1F8D, { 0x1F05, 0x03B9, 0x0000 } },
  { 0x1F8E, { 0x1F06, 0x03B9, 0x0000 } }, { 0x1F8F, { 0x1F07, 0x03B9, 0x0000 } },
  { 0x1F90, { 0x1F20, 0x03B9, 0x0000 } }, { 0x1F91, { 0x1F21, 0x03B9, 0x0000 } },
  { 0x1F92, { 0x1F22, 0x03B9, 0x0000 } }, { 0x1F93, { 0x1F23, 0x03B9, 0x0000 } },
  { 0x1F94, { 0x1F24, 0x03B9, 0x0000 } }, { 0x1F95, { 0x1F25, 0x03B9, 0x0000 } },
  { 0x1F96, { 0x1F26, 0x03B9, 0x0000 } }, { 0x1F97, { 0x1F27, 0x03B9, 0x0000 } },
  { 0x1F98, { 0x1F20, 0x03B9, 0x0000 } }, { 0x1F99, { 0x1F21, 0x03B9, 0x0000 } },
  { 0x1F9A, { 0x1F22, 0x03B9, 0x0000 } }, { 0x1F9B, { 0x1F23, 0x03B9, 0x0000 } },
  { 0x1F9C, { 0x1F24, 0x03B9, 0x0000 } }, { 0x1F9D, { 0x1F25, 0x03B9, 0x0000 } },
  { 0x1F9E, { 0x1F26, 0x03B9, 0x0000 } }, { 0x1F9F, { 0x1F27, 0x03B9, 0x0000 } },
  { 0x1FA0, { 0x1F60, 0x03B9, 0x0000 } }, { 0x1FA1, { 0x1F61, 0x03B9, 0x0000 } },
  { 0x1FA2, { 0x1F62, 0x03B9, 0x0000 } }, { 0x1FA3, { 0x1F63, 0x03B9, 0x0000 } },
  { 0x1FA4, { 0x1F64, 0x03B9, 0x0000 } }, { 0x1FA5, { 0x1F65, 0x03B9, 0x0000 } },
  { 0x1FA6, { 0x1F66, 0x03B9, 0x0000 } }, { 0x1FA7, { 0x1F67, 0x03B9, 0x0000 } },
  { 0x1FA8, { 0x1F60, 0x03B9, 0x0000 } }, { 0x1FA9, { 0x1F61, 0x03B9, 0x0000 } },
  { 0x1FAA, { 0x1F62, 0x03B9, 0x0000 } }, { 0x1FAB, { 0x1F63, 0x03B9, 0x0000 } },
  { 0x1FAC, { 0x1F64, 0x03B9, 0x0000 } }, { 0x1FAD, { 0x1F65, 0x03B9, 0x0000 } },
  { 0x1FAE, { 0x1F66, 0x03B9, 0x0000 } }, { 0x1FAF, { 0x1F67, 0x03B9, 0x0000 } },
  { 0x1FB2, { 0x1F70, 0x03B9, 0x0000 } }, { 0x1FB3, { 0x03B1, 0x03B9, 0x0000 } },
  { 0x1FB4, { 0x03AC, 0x03B9, 0x0000 } }, { 0x1FB6, { 0x03B1, 0x0342, 0x0000 } },
  { 0x1FB7, { 0x03B1, 0x0342, 0x03B9 } }, { 0x1FBC, { 0x03B1, 0x03B9, 0x0000 } },
  { 0x1FC2, { 0x1F74, 0x03B9, 0x0000 } }, { 0x1FC3, { 0x03B7, 0x03B9, 0x0000 } },
  { 0x1FC4, { 0x03AE, 0x03B9, 0x0000 } }, { 0x1FC6, { 0x03B7, 0x0342, 0x0000 } },
  { 0x1FC7, { 0x03B7, 0x0342, 0x03B9 } }, { 0x1FCC, { 0x03B7, 0x03B9, 0x0000 } },
  { 0x1FD2, { 0x03B9, 0x0308, 0x0300 } }, { 0x1FD3, { 0x03B9, 0x0308, 0x0301 } },
  { 0x1FD6, { 0x03B9, 0x0342, 0x0000 } }, { 0x1FD7, { 0x03B9, 0x0308, 0x0342 } },
  { 0x1FE2, { 0x03C5, 0x0308, 0x0300 } }, { 0x1FE3, { 0x03C5, 0x0308, 0x0301 } },
  { 0x1FE4, { 0x03C1, 0x0313, 0x0000 } }, { 0x1FE6, { 0x03C5, 0x0342, 0x0000 } },
  { 0x1FE7, { 0x03C5, 0x0308, 0x0342 } }, { 0x1FF2, { 0x1F7C, 0x03B9, 0x0000 } },
  { 0x1FF3, { 0x03C9, 0x03B9, 0x0000 } }, { 0x1FF4, { 0x03CE, 0x03B9, 0x0000 } },
  { 0x1FF6, { 0x03C9, 0x0342, 0x0000 } }, { 0x1FF7, { 0x03C9, 0x0342, 0x03B9 } },
  { 0x1FFC, { 0x03C9, 0x03B9, 0x0000 } }, { 0xFB00, { 0x0066, 0x0066, 0x0000 } },
  { 0xFB01, { 0x0066, 0x0069, 0x0000 } }, { 0xFB02, { 0x0066, 0x006C, 0x0000 } },
  { 0xFB03, { 0x0066, 0x0066, 0x0069 } }, { 0xFB04, { 0x0066, 0x0066, 0x006C } },
  { 0xFB05, { 0x0073, 0x0074, 0x0000 } }, { 0xFB06, { 0x0073, 0x0074, 0x0000 } },
  { 0xFB13, { 0x0574, 0x0576, 0x0000 } }, { 0xFB14, { 0x0574, 0x0565, 0x0000 } },
  { 0xFB15, { 0x0574, 0x056B, 0x0000 } }, { 0xFB16, { 0x057E, 0x0576, 0x0000 } },
  { 0xFB17, { 0x0574, 0x056D, 0x0000 } },
};

static gboolean
in_ranges (const UniRange *ranges,
           gsize           n,
           gunichar        c)
{
  gsize lo = 0, hi = n;

  while (lo < hi)
    {
      gsize mid = (lo + hi) / 2;

      if (c < ranges[mid].first)
        hi = mid;
      else if (c > ranges[mid].last)
        lo = mid + 1;
      else
        return TRUE;
    }
  return FALSE;
}

#define IN_TABLE(table, c) in_ranges ((table), G_N_ELEMENTS (table), (c))

/* 1 for the ASCII characters str.isspace () accepts (\x1c-\x1f included). */
static const guint8 ascii_space[128] = {
  ['\t'] = 1, ['\n'] = 1, [0x0b] = 1, [0x0c] = 1, ['\r'] = 1,
  [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, [' '] = 1,
};

static GUnicodeType
uni_type (gunichar c)
{
  if (c >= 0x0CF3 && IN_TABLE (unassigned_new, c))
    return G_UNICODE_UNASSIGNED;
  return g_unichar_type (c);
}

static gboolean
uni_isspace (gunichar c)
{
  if (c < 0x80)
    return ascii_space[c];
  switch (c)
    {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000:
      return TRUE;
    default:
      return c >= 0x2000 && c <= 0x200A;
    }
}

static gboolean
uni_isalpha (gunichar c)
{
  switch (uni_type (c))
    {
    case G_UNICODE_LOWERCASE_LETTER: case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER: case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
uni_isdecimal (gunichar c)
{
  return uni_type (c) == G_UNICODE_DECIMAL_NUMBER;
}

static gboolean
uni_isdigit (gunichar c)
{
  return uni_isdecimal (c) || IN_TABLE (digit_extra, c);
}

static gboolean
uni_isnumeric (gunichar c)
{
  GUnicodeType t = uni_type (c);
  gboolean n = t == G_UNICODE_DECIMAL_NUMBER || t == G_UNICODE_LETTER_NUMBER
               || t == G_UNICODE_OTHER_NUMBER;

  return n != IN_TABLE (numeric_flip, c);
}

static gboolean
uni_isupper (gunichar c)
{
  return (uni_type (c) == G_UNICODE_UPPERCASE_LETTER) != IN_TABLE (upper_flip, c);
}

static gboolean
uni_islower (gunichar c)
{
  return (uni_type (c) == G_UNICODE_LOWERCASE_LETTER) != IN_TABLE (lower_flip, c);
}

static gboolean
uni_istitle (gunichar c)
{
  return uni_type (c) == G_UNICODE_TITLECASE_LETTER;
}

static gboolean
uni_iscased (gunichar c)
{
  return uni_isupper (c) || uni_islower (c) || uni_istitle (c);
}

static gboolean
uni_is_case_ignorable (gunichar c)
{
  gboolean r;

  switch (uni_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK: case G_UNICODE_ENCLOSING_MARK: case G_UNICODE_FORMAT:
    case G_UNICODE_MODIFIER_LETTER: case G_UNICODE_MODIFIER_SYMBOL:
      r = TRUE;
      break;
    default:
      r = FALSE;
      break;
    }
  return r != IN_TABLE (ignorable_flip, c);
}

static gboolean
uni_is_xid_start (gunichar c)
{
  gboolean r;

  switch (uni_type (c))
    {
    case G_UNICODE_LOWERCASE_LETTER: case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER: case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER: case G_UNICODE_LETTER_NUMBER:
      r = TRUE;
      break;
    default:
      r = c == '_';
      break;
    }
  return r != IN_TABLE (xid_start_flip, c);
}

static gboolean
uni_is_xid_continue (gunichar c)
{
  gboolean r;

  switch (uni_type (c))
    {
    case G_UNICODE_LOWERCASE_LETTER: case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER: case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER: case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_NON_SPACING_MARK: case G_UNICODE_SPACING_MARK:
    case G_UNICODE_DECIMAL_NUMBER: case G_UNICODE_CONNECT_PUNCTUATION:
      r = TRUE;
      break;
    default:
      r = c == '_';
      break;
    }
  return r != IN_TABLE (xid_continue_flip, c);
}

/* Python's str.isprintable() for one character; repr() escapes the others. */
gboolean
ys_unichar_isprintable (gunichar c)
{
  if (c == ' ')
    return TRUE;
  switch (uni_type (c))
    {
    case G_UNICODE_CONTROL: case G_UNICODE_FORMAT: case G_UNICODE_SURROGATE:
    case G_UNICODE_PRIVATE_USE: case G_UNICODE_UNASSIGNED: case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR: case G_UNICODE_SPACE_SEPARATOR:
      return FALSE;
    default:
      return TRUE;
    }
}

typedef enum {
  CASE_UPPER,
  CASE_LOWER,
  CASE_TITLE,
  CASE_FOLD,
} CaseKind;

static const CaseSpecial *
find_special (const CaseSpecial *table,
              gsize              n,
              gunichar           c)
{
  gsize lo = 0, hi = n;

  while (lo < hi)
    {
      gsize mid = (lo + hi) / 2;

      if (c < table[mid].cp)
        hi = mid;
      else if (c > table[mid].cp)
        lo = mid + 1;
      else
        return &table[mid];
    }
  return NULL;
}

static const CaseDelta *
find_delta (const CaseDelta *table,
            gsize            n,
            gunichar         c)
{
  gsize lo = 0, hi = n;

  while (lo < hi)
    {
      gsize mid = (lo + hi) / 2;

      if (c < table[mid].first)
        hi = mid;
      else if (c > table[mid].last)
        lo = mid + 1;
      else
        return &table[mid];
    }
  return NULL;
}

/* The full case mapping of @c (without context: see lower_at for the final sigma);
 * returns the number of characters stored in @out. */
static int
case_map (gunichar  c,
          CaseKind  kind,
          gunichar  out[3])
{
  const CaseSpecial *sp = NULL;
  const CaseDelta *d = NULL;

  if (c < 0x80)
    {
      if (kind == CASE_UPPER || kind == CASE_TITLE)
        out[0] = g_ascii_toupper ((char) c);
      else
        out[0] = g_ascii_tolower ((char) c);
      return 1;
    }
  switch (kind)
    {
    case CASE_UPPER:
      sp = find_special (up_specials, G_N_ELEMENTS (up_specials), c);
      d = find_delta (up_deltas, G_N_ELEMENTS (up_deltas), c);
      break;
    case CASE_LOWER:
      sp = find_special (low_specials, G_N_ELEMENTS (low_specials), c);
      d = find_delta (low_deltas, G_N_ELEMENTS (low_deltas), c);
      break;
    case CASE_TITLE:
      sp = find_special (title_specials, G_N_ELEMENTS (title_specials), c);
      d = find_delta (title_deltas, G_N_ELEMENTS (title_deltas), c);
      break;
    case CASE_FOLD:
      sp = find_special (fold_specials, G_N_ELEMENTS (fold_specials), c);
      d = find_delta (fold_deltas, G_N_ELEMENTS (fold_deltas), c);
      break;
    }
  if (sp != NULL)
    {
      int n = 0;

      while (n < 3 && sp->chars[n] != 0)
        {
          out[n] = sp->chars[n];
          n++;
        }
      return n;
    }
  if (d != NULL)
    {
      out[0] = (gunichar) ((gint32) c + d->delta);
      return 1;
    }
  switch (kind)
    {
    case CASE_UPPER:
      out[0] = g_unichar_toupper (c);
      return 1;
    case CASE_TITLE:
      out[0] = g_unichar_totitle (c);
      return 1;
    case CASE_FOLD:
      return case_map (c, CASE_LOWER, out);
    case CASE_LOWER:
    default:
      out[0] = g_unichar_tolower (c);
      return 1;
    }
}

/* Strings */

/* Larger strings are refused (YsStr counts its bytes in 32 bits), as ys_str_new does. */

static inline gboolean
is_str (YsVM    *vm,
        YsValue  v)
{
  return ys_kind (vm, v) == YS_KIND_STR;
}

static inline gboolean
is_exact_str (YsVM    *vm,
              YsValue  v)
{
  return !ys_is_small (v) && ys_obj (v)->type == vm->types[YS_KIND_STR];
}

static gsize
utf8_count (const char *p,
            gsize       n)
{
  gsize count = 0;

  for (gsize i = 0; i < n; i++)
    count += ((guchar) p[i] & 0xC0) != 0x80;
  return count;
}

/* Byte offset of the character before the one at @pos (> 0). */
static inline gsize
utf8_prev (const char *data,
           gsize       pos)
{
  pos--;
  while (pos > 0 && ((guchar) data[pos] & 0xC0) == 0x80)
    pos--;
  return pos;
}

/* The character at @p and its length in bytes. */
static inline gunichar
utf8_get (const char *p,
          gsize      *len)
{
  guchar b = (guchar) *p;

  if (b < 0x80)
    {
      *len = 1;
      return b;
    }
  *len = (gsize) g_utf8_skip[b];
  return g_utf8_get_char (p);
}

/* Returns the runtime's shared object for the empty string and single ASCII
 * characters instead of @s, as ys_str_new does. */
static YsValue
str_finish (YsVM  *vm,
            YsStr *s)
{
  YsStr *shared = NULL;

  if (s->nbytes == 0)
    shared = vm->empty_str;
  else if (s->nbytes == 1 && (guchar) s->data[0] < 128)
    shared = vm->char_strs[(guchar) s->data[0]];
  if (shared == NULL)
    return ys_val (s);
  ys_decref (vm, ys_val (s));
  return ys_ref (ys_val (shared));
}

static YsValue
str_make (YsVM       *vm,
          const char *data,
          gsize       nbytes,
          gsize       length)
{
  YsStr *s;

  if (nbytes == 0 && vm->empty_str != NULL)
    return ys_ref (ys_val (vm->empty_str));
  if (nbytes == 1 && (guchar) data[0] < 128 && vm->char_strs[(guchar) data[0]] != NULL)
    return ys_ref (ys_val (vm->char_strs[(guchar) data[0]]));
  s = ys_str_alloc (vm, nbytes, length);
  if (s == NULL)
    return YS_NULL;
  memcpy (s->data, data, nbytes);
  return ys_val (s);
}

static YsValue
str_from_utf8 (YsVM       *vm,
               const char *data,
               gsize       nbytes)
{
  return str_make (vm, data, nbytes, utf8_count (data, nbytes));
}

static YsValue
str_from_gstring (YsVM    *vm,
                  GString *g)
{
  YsValue r = str_from_utf8 (vm, g->str, g->len);

  g_string_free (g, TRUE);
  return r;
}

/* self[from:to] in bytes; self itself when that is all of it. */
static YsValue
str_slice_bytes (YsVM    *vm,
                 YsValue  self,
                 gsize    from,
                 gsize    to)
{
  YsStr *s = ys_str_as (self);

  if (from == 0 && to == s->nbytes && is_exact_str (vm, self))
    return ys_ref (self);
  if (s->ascii)
    return str_make (vm, s->data + from, to - from, to - from);
  return str_from_utf8 (vm, s->data + from, to - from);
}

/* The same str, or an exact copy for instances of subclasses (methods return str). */
static YsValue
str_same (YsVM    *vm,
          YsValue  self)
{
  YsStr *s = ys_str_as (self);

  if (is_exact_str (vm, self))
    return ys_ref (self);
  return str_make (vm, s->data, s->nbytes, s->length);
}

/* Byte offset of code point @index, clamped to the string. */
static gsize
cp_offset (YsStr  *s,
           gssize  index)
{
  if (index <= 0)
    return 0;
  if ((gsize) index >= s->length)
    return s->nbytes;
  if (s->ascii)
    return (gsize) index;
  return ys_str_offset (s, (gsize) index);
}

static gsize
cp_index (YsStr *s,
          gsize  offset)
{
  return s->ascii ? offset : utf8_count (s->data, offset);
}

/* The last occurrence of @needle in @hay, or NULL. */
static const char *
rmemmem (const char *hay,
         gsize       hlen,
         const char *needle,
         gsize       nlen)
{
  gsize end;

  if (nlen == 0)
    return hay + hlen;
  if (nlen > hlen)
    return NULL;
  end = hlen - nlen + 1;   /* candidates start before this */
  while (end > 0)
    {
      const char *p = memrchr (hay, needle[0], end);

      if (p == NULL)
        return NULL;
      if (memcmp (p, needle, nlen) == 0)
        return p;
      end = (gsize) (p - hay);
    }
  return NULL;
}

/* Arguments */

/* CPython's message for methods parsed with PyArg_ParseTuple. */
static gboolean
check_takes (YsVM       *vm,
             const char *name,
             int         argc,
             int         min,
             int         max)
{
  if (argc < min)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes at least %d argument%s (%d given)", name,
                min, min == 1 ? "" : "s", argc);
      return FALSE;
    }
  if (argc > max)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes at most %d argument%s (%d given)", name,
                max, max == 1 ? "" : "s", argc);
      return FALSE;
    }
  return TRUE;
}

/* "strip expected at most 1 argument, got 2", after refusing keywords as
 * "str.strip() takes no keyword arguments". */
static gboolean
check_expected (YsVM       *vm,
                const char *name,
                const char *qualname,
                int         argc,
                YsValue     kwnames,
                int         min,
                int         max)
{
  return ys_args_no_keywords (vm, qualname, kwnames)
         && ys_args_check (vm, name, argc, YS_NULL, min, max);
}

/* Binds positional and keyword arguments to the @n parameters @names, for the
 * methods that accept keywords (split (sep=None, maxsplit=-1), ...).  Missing ones
 * are left YS_NULL. */
static gboolean
bind_args (YsVM              *vm,
           const char        *fname,
           int                argc,
           const YsValue     *argv,
           YsValue            kwnames,
           const char *const *names,
           int                n,
           YsValue           *out)
{
  int nkw = ys_kw_count (kwnames);

  for (int i = 0; i < n; i++)
    out[i] = YS_NULL;
  if (argc + nkw > n)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() takes at most %d argument%s (%d given)", fname, n,
                n == 1 ? "" : "s", argc + nkw);
      return FALSE;
    }
  for (int i = 0; i < argc; i++)
    out[i] = argv[i];
  for (int k = 0; k < nkw; k++)
    {
      const char *kw = ys_str_data (ys_tuple_get (kwnames, k));
      int j;

      for (j = 0; j < n; j++)
        if (strcmp (names[j], kw) == 0)
          break;
      if (j == n)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' is an invalid keyword argument for %s()", kw, fname);
          return FALSE;
        }
      if (j < argc)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "argument for %s() given by name ('%s') and position (%d)",
                    fname, kw, j + 1);
          return FALSE;
        }
      out[j] = argv[argc + k];
    }
  return TRUE;
}

/* An int argument, as CPython's index converters read it: bools are ints, floats and
 * the rest are refused, ints beyond [@min, @max] overflow (@ctype names the C type
 * in the message). */
static gboolean
arg_int (YsVM       *vm,
         YsValue     v,
         gint64      min,
         gint64      max,
         const char *ctype,
         gint64     *out)
{
  gint64 i;

  if (ys_is_small (v))
    i = ys_small_get (v);
  else if (ys_kind (vm, v) == YS_KIND_BOOL)
    i = v == ys_val (vm->true_obj);
  else if (ys_kind (vm, v) == YS_KIND_INT)
    {
      YsInt *big = (YsInt *) ys_obj (v);

      if (!mpz_fits_slong_p (big->value))
        goto overflow;
      i = mpz_get_si (big->value);
    }
  else
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                ys_type_name_of (vm, v));
      return FALSE;
    }
  if (i < min || i > max)
    goto overflow;
  *out = i;
  return TRUE;

overflow:
  ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "Python int too large to convert to C %s", ctype);
  return FALSE;
}

static gboolean
arg_ssize (YsVM    *vm,
           YsValue  v,
           gssize  *out)
{
  gint64 i;

  if (!arg_int (vm, v, G_MINSSIZE, G_MAXSSIZE, "ssize_t", &i))
    return FALSE;
  *out = (gssize) i;
  return TRUE;
}

static gboolean
arg_cint (YsVM    *vm,
          YsValue  v,
          int     *out)
{
  gint64 i;

  if (!arg_int (vm, v, G_MININT, G_MAXINT, "int", &i))
    return FALSE;
  *out = (int) i;
  return TRUE;
}

/* A start or end argument of find, count, startswith...: None keeps the default,
 * huge ints are clamped as slice indices are. */
static gboolean
arg_slice_index (YsVM    *vm,
                 YsValue  v,
                 gssize  *out)
{
  if (ys_is_none (vm, v))
    return TRUE;
  if (ys_is_small (v))
    *out = ys_small_get (v);
  else if (ys_kind (vm, v) == YS_KIND_BOOL)
    *out = v == ys_val (vm->true_obj);
  else if (ys_kind (vm, v) == YS_KIND_INT)
    {
      YsInt *big = (YsInt *) ys_obj (v);

      if (mpz_fits_slong_p (big->value))
        *out = (gssize) mpz_get_si (big->value);
      else
        *out = mpz_sgn (big->value) < 0 ? G_MINSSIZE : G_MAXSSIZE;
    }
  else
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR,
                "slice indices must be integers or None or have an __index__ method");
      return FALSE;
    }
  return TRUE;
}

/* Resolves start and end (code points) against a length, as CPython's search
 * functions do: negative values count from the end; start may stay past the end. */
static void
adjust_indices (gssize *start,
                gssize *end,
                gssize  len)
{
  if (*end > len)
    *end = len;
  else if (*end < 0)
    {
      *end += len;
      if (*end < 0)
        *end = 0;
    }
  if (*start < 0)
    {
      *start += len;
      if (*start < 0)
        *start = 0;
    }
}

/* strip, lstrip, rstrip */

enum {
  STRIP_LEFT = 1,
  STRIP_RIGHT = 2,
  STRIP_BOTH = 3,
};

/* The characters of a strip argument: ASCII ones in a table, others in a list. */
typedef struct
{
  guint8    ascii[128];
  gunichar *wide;
  gsize     n_wide;
} CharSet;

static void
charset_init (CharSet *set,
              YsStr   *chars)
{
  memset (set->ascii, 0, sizeof set->ascii);
  set->wide = NULL;
  set->n_wide = 0;
  if (!chars->ascii)
    set->wide = g_new (gunichar, chars->length);
  for (gsize i = 0; i < chars->nbytes;)
    {
      gsize len;
      gunichar c = utf8_get (chars->data + i, &len);

      if (c < 0x80)
        set->ascii[c] = 1;
      else
        set->wide[set->n_wide++] = c;
      i += len;
    }
}

static gboolean
charset_has (const CharSet *set,
             gunichar       c)
{
  if (c < 0x80)
    return set->ascii[c];
  for (gsize i = 0; i < set->n_wide; i++)
    if (set->wide[i] == c)
      return TRUE;
  return FALSE;
}

/* Whether the character at @p is whitespace (@set NULL) or in @set; its length. */
static inline gboolean
strip_match (const CharSet *set,
             const char    *p,
             gsize         *len)
{
  guchar b = (guchar) *p;

  if (b < 0x80)
    {
      *len = 1;
      return set == NULL ? ascii_space[b] : set->ascii[b];
    }
  else
    {
      gunichar c = utf8_get (p, len);

      return set == NULL ? uni_isspace (c) : charset_has (set, c);
    }
}

static YsValue
do_strip (YsVM          *vm,
          YsValue        self,
          int            argc,
          const YsValue *argv,
          YsValue        kwnames,
          const char    *name,
          const char    *qualname,
          int            sides)
{
  YsStr *s = ys_str_as (self);
  CharSet set, *setp = NULL;
  gsize from = 0, to = s->nbytes, len;

  if (!check_expected (vm, name, qualname, argc, kwnames, 0, 1))
    return YS_NULL;
  if (argc == 1 && !ys_is_none (vm, argv[0]))
    {
      if (!is_str (vm, argv[0]))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s arg must be None or str", name);
      charset_init (&set, ys_str_as (argv[0]));
      setp = &set;
    }
  if (sides & STRIP_LEFT)
    while (from < to && strip_match (setp, s->data + from, &len))
      from += len;
  if (sides & STRIP_RIGHT)
    while (to > from)
      {
        gsize prev = utf8_prev (s->data, to);

        if (!strip_match (setp, s->data + prev, &len))
          break;
        to = prev;
      }
  if (setp != NULL)
    g_free (set.wide);
  return str_slice_bytes (vm, self, from, to);
}

static YsValue
str_strip (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  return do_strip (vm, self, argc, argv, kwnames, "strip", "str.strip", STRIP_BOTH);
}

static YsValue
str_lstrip (YsVM          *vm,
            YsValue        self,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  return do_strip (vm, self, argc, argv, kwnames, "lstrip", "str.lstrip", STRIP_LEFT);
}

static YsValue
str_rstrip (YsVM          *vm,
            YsValue        self,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  return do_strip (vm, self, argc, argv, kwnames, "rstrip", "str.rstrip", STRIP_RIGHT);
}

/* split, rsplit, splitlines */

/* Appends self[from:to] (bytes) to @list. */
static gboolean
append_piece (YsVM    *vm,
              YsValue  list,
              YsValue  self,
              gsize    from,
              gsize    to)
{
  YsValue piece = str_slice_bytes (vm, self, from, to);

  return piece != YS_NULL && ys_list_append_steal (vm, list, piece);
}

static void
list_reverse (YsValue list)
{
  YsList *l = ys_list_as (list);

  for (gsize i = 0, j = l->length; i + 1 < j; i++, j--)
    {
      YsValue t = l->items[i];

      l->items[i] = l->items[j - 1];
      l->items[j - 1] = t;
    }
}

/* Length of the whitespace character at @p, 0 if it is not whitespace. */
static inline gsize
space_at (const char *p)
{
  gsize len;

  return strip_match (NULL, p, &len) ? len : 0;
}

#define IS_SPACE(b) (ascii_space[(guchar) (b) & 0x7f])

/* split_whitespace for ASCII text, byte by byte. */
static gboolean
split_whitespace_ascii (YsVM    *vm,
                        YsValue  list,
                        YsValue  self,
                        gssize   maxsplit,
                        gboolean reverse)
{
  YsStr *s = ys_str_as (self);
  const char *d = s->data;
  gsize n = s->nbytes;
  gssize count = 0;

  if (!reverse)
    {
      gsize i = 0, j;

      for (;;)
        {
          while (i < n && IS_SPACE (d[i]))
            i++;
          if (i == n)
            break;
          if (count == maxsplit)
            return append_piece (vm, list, self, i, n);
          for (j = i + 1; j < n && !IS_SPACE (d[j]); j++)
            ;
          if (!append_piece (vm, list, self, i, j))
            return FALSE;
          count++;
          i = j;
        }
    }
  else
    {
      gsize j = n, i;

      for (;;)
        {
          while (j > 0 && IS_SPACE (d[j - 1]))
            j--;
          if (j == 0)
            break;
          if (count == maxsplit)
            return append_piece (vm, list, self, 0, j);
          for (i = j - 1; i > 0 && !IS_SPACE (d[i - 1]); i--)
            ;
          if (!append_piece (vm, list, self, i, j))
            return FALSE;
          count++;
          j = i;
        }
    }
  return TRUE;
}

static gboolean
split_whitespace (YsVM    *vm,
                  YsValue  list,
                  YsValue  self,
                  gssize   maxsplit,
                  gboolean reverse)
{
  YsStr *s = ys_str_as (self);
  const char *d = s->data;
  gsize n = s->nbytes, len;
  gssize count = 0;

  if (s->ascii)
    return split_whitespace_ascii (vm, list, self, maxsplit, reverse);
  if (!reverse)
    {
      gsize i = 0;

      for (;;)
        {
          gsize j;

          while (i < n && (len = space_at (d + i)) != 0)
            i += len;
          if (i == n)
            break;
          if (count == maxsplit)
            return append_piece (vm, list, self, i, n);
          j = i;
          while (j < n && space_at (d + j) == 0)
            j += (gsize) g_utf8_skip[(guchar) d[j]];
          if (!append_piece (vm, list, self, i, j))
            return FALSE;
          count++;
          i = j;
        }
    }
  else
    {
      gsize j = n;

      for (;;)
        {
          gsize i;

          while (j > 0)
            {
              gsize prev = utf8_prev (d, j);

              if (space_at (d + prev) == 0)
                break;
              j = prev;
            }
          if (j == 0)
            break;
          if (count == maxsplit)
            return append_piece (vm, list, self, 0, j);
          i = j;
          while (i > 0)
            {
              gsize prev = utf8_prev (d, i);

              if (space_at (d + prev) != 0)
                break;
              i = prev;
            }
          if (!append_piece (vm, list, self, i, j))
            return FALSE;
          count++;
          j = i;
        }
    }
  return TRUE;
}

static gboolean
split_sep (YsVM    *vm,
           YsValue  list,
           YsValue  self,
           YsStr   *sep,
           gssize   maxsplit,
           gboolean reverse)
{
  YsStr *s = ys_str_as (self);
  const char *d = s->data;
  gsize n = s->nbytes, sn = sep->nbytes;
  gssize count = 0;

  if (!reverse)
    {
      gsize i = 0;

      while (count < maxsplit)
        {
          const char *p = sn == 1 ? memchr (d + i, sep->data[0], n - i)
                                  : memmem (d + i, n - i, sep->data, sn);

          if (p == NULL)
            break;
          if (!append_piece (vm, list, self, i, (gsize) (p - d)))
            return FALSE;
          i = (gsize) (p - d) + sn;
          count++;
        }
      return append_piece (vm, list, self, i, n);
    }
  else
    {
      gsize j = n;

      while (count < maxsplit)
        {
          const char *p = rmemmem (d, j, sep->data, sn);

          if (p == NULL)
            break;
          if (!append_piece (vm, list, self, (gsize) (p - d) + sn, j))
            return FALSE;
          j = (gsize) (p - d);
          count++;
        }
      return append_piece (vm, list, self, 0, j);
    }
}

static YsValue
do_split (YsVM          *vm,
          YsValue        self,
          int            argc,
          const YsValue *argv,
          YsValue        kwnames,
          gboolean       reverse)
{
  static const char *const names[] = { "sep", "maxsplit" };
  const char *fname = reverse ? "rsplit" : "split";
  YsValue a[2], list;
  gssize maxsplit = -1;
  gboolean ok;

  if (!bind_args (vm, fname, argc, argv, kwnames, names, 2, a))
    return YS_NULL;
  if (a[0] != YS_NULL && !ys_is_none (vm, a[0]) && !is_str (vm, a[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "must be str or None, not %s", ys_type_name_of (vm, a[0]));
  if (a[1] != YS_NULL && !arg_ssize (vm, a[1], &maxsplit))
    return YS_NULL;
  if (maxsplit < 0)
    maxsplit = G_MAXSSIZE;
  if (a[0] != YS_NULL && !ys_is_none (vm, a[0]) && ys_str_as (a[0])->nbytes == 0)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "empty separator");

  list = ys_list_new (vm, 0);
  if (list == YS_NULL)
    return YS_NULL;
  if (a[0] == YS_NULL || ys_is_none (vm, a[0]))
    ok = split_whitespace (vm, list, self, maxsplit, reverse);
  else
    ok = split_sep (vm, list, self, ys_str_as (a[0]), maxsplit, reverse);
  if (!ok)
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  if (reverse)
    list_reverse (list);
  return list;
}

static YsValue
str_split (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  return do_split (vm, self, argc, argv, kwnames, FALSE);
}

static YsValue
str_rsplit (YsVM          *vm,
            YsValue        self,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  return do_split (vm, self, argc, argv, kwnames, TRUE);
}

/* Length of the line break at @p (\n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028,
 * U+2029), 0 if there is none.  @p points into NUL-terminated text. */
static inline gsize
line_break_at (const char *p)
{
  switch ((guchar) p[0])
    {
    case '\n': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e:
      return 1;
    case '\r':
      return p[1] == '\n' ? 2 : 1;
    case 0xC2:
      return (guchar) p[1] == 0x85 ? 2 : 0;
    case 0xE2:
      return (guchar) p[1] == 0x80 && ((guchar) p[2] == 0xA8 || (guchar) p[2] == 0xA9) ? 3 : 0;
    default:
      return 0;
    }
}

static YsValue
str_splitlines (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  static const char *const names[] = { "keepends" };
  YsStr *s = ys_str_as (self);
  YsValue a[1], list;
  int keepends = 0;
  gsize i = 0, j = 0, n = s->nbytes;

  if (!bind_args (vm, "splitlines", argc, argv, kwnames, names, 1, a))
    return YS_NULL;
  if (a[0] != YS_NULL && !arg_cint (vm, a[0], &keepends))
    return YS_NULL;
  list = ys_list_new (vm, 0);
  if (list == YS_NULL)
    return YS_NULL;
  while (j < n)
    {
      gsize brk = line_break_at (s->data + j);

      if (brk == 0)
        {
          j++;
          continue;
        }
      if (!append_piece (vm, list, self, i, keepends ? j + brk : j))
        goto error;
      j += brk;
      i = j;
    }
  if (i < n && !append_piece (vm, list, self, i, n))
    goto error;
  return list;

error:
  ys_decref (vm, list);
  return YS_NULL;
}

/* join */

static YsValue
join_items (YsVM          *vm,
            YsValue        self,
            const YsValue *items,
            gsize          n)
{
  YsStr *sep = ys_str_as (self), *r;
  gsize nbytes, length;
  char *out;

  if (n == 0)
    return str_make (vm, "", 0, 0);
  if (n == 1 && is_exact_str (vm, items[0]))
    return ys_ref (items[0]);
  if (sep->nbytes > 0 && n - 1 > YS_STR_MAX_BYTES / sep->nbytes)
    nbytes = length = YS_STR_MAX_BYTES + 1;   /* str_alloc refuses it */
  else
    {
      nbytes = (n - 1) * (gsize) sep->nbytes;
      length = (n - 1) * (gsize) sep->length;
    }
  for (gsize i = 0; i < n; i++)
    {
      if (!is_str (vm, items[i]))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "sequence item %" G_GSIZE_FORMAT ": expected str instance, %s found",
                         i, ys_type_name_of (vm, items[i]));
      nbytes += ys_str_as (items[i])->nbytes;
      length += ys_str_as (items[i])->length;
      if (nbytes > YS_STR_MAX_BYTES)
        nbytes = YS_STR_MAX_BYTES + 1;
      if (!ys_vm_poll_stop (vm, i + 1))
        return YS_NULL;
    }
  r = ys_str_alloc (vm, nbytes, length);
  if (r == NULL)
    return YS_NULL;
  out = r->data;
  for (gsize i = 0; i < n; i++)
    {
      YsStr *item = ys_str_as (items[i]);

      if (i > 0 && sep->nbytes > 0)
        {
          memcpy (out, sep->data, sep->nbytes);
          out += sep->nbytes;
        }
      memcpy (out, item->data, item->nbytes);
      out += item->nbytes;
    }
  return str_finish (vm, r);
}

static YsValue
str_join (YsVM          *vm,
          YsValue        self,
          int            argc,
          const YsValue *argv,
          YsValue        kwnames)
{
  YsValue seq, it, item, list, r;

  if (!ys_args_check (vm, "str.join", argc, kwnames, 1, 1))
    return YS_NULL;
  seq = argv[0];
  switch (ys_kind (vm, seq))
    {
    case YS_KIND_LIST:
      return join_items (vm, self, ys_list_as (seq)->items, ys_list_as (seq)->length);
    case YS_KIND_TUPLE:
      return join_items (vm, self, ((YsTuple *) ys_obj (seq))->items, ys_tuple_len (seq));
    default:
      break;
    }

  /* Any other iterable is gathered first, as CPython does. */
  it = ys_iter (vm, seq);
  if (it == YS_NULL)
    {
      if (ys_exc_matches (vm, YS_EXC_TYPE_ERROR))
        {
          ys_exc_clear (vm);
          ys_raise (vm, YS_EXC_TYPE_ERROR, "can only join an iterable");
        }
      return YS_NULL;
    }
  list = ys_list_new (vm, 0);
  if (list == YS_NULL)
    {
      ys_decref (vm, it);
      return YS_NULL;
    }
  while ((item = ys_next (vm, it)) != YS_NULL)
    if (!ys_list_append_steal (vm, list, item))
      break;
  ys_decref (vm, it);
  if (vm->exc != YS_NULL)
    {
      ys_decref (vm, list);
      return YS_NULL;
    }
  r = join_items (vm, self, ys_list_as (list)->items, ys_list_as (list)->length);
  ys_decref (vm, list);
  return r;
}

/* Case conversions */

/* Whether the capital sigma at byte @pos ends a word: a cased letter comes before
 * it and none after it, case-ignorable characters (apostrophes, accents) aside. */
static gboolean
final_sigma (const char *d,
             gsize       n,
             gsize       pos)
{
  gsize j = pos, len;
  gunichar c = 0;
  gboolean found = FALSE;

  while (j > 0)
    {
      j = utf8_prev (d, j);
      c = utf8_get (d + j, &len);
      if (!uni_is_case_ignorable (c))
        {
          found = TRUE;
          break;
        }
    }
  if (!found || !uni_iscased (c))
    return FALSE;
  for (j = pos + 2; j < n; j += len)
    {
      c = utf8_get (d + j, &len);
      if (!uni_is_case_ignorable (c))
        return !uni_iscased (c);
    }
  return TRUE;
}

/* Lower-cases the character @c found at byte @pos of @d. */
static int
lower_at (const char *d,
          gsize       n,
          gsize       pos,
          gunichar    c,
          gunichar    out[3])
{
  if (c == 0x3A3)
    {
      out[0] = final_sigma (d, n, pos) ? 0x3C2 : 0x3C3;
      return 1;
    }
  return case_map (c, CASE_LOWER, out);
}

typedef enum {
  CONV_UPPER,
  CONV_LOWER,
  CONV_CASEFOLD,
  CONV_SWAPCASE,
  CONV_CAPITALIZE,
  CONV_TITLE,
} CaseConversion;

#define ASCII_UPPER(c) ((c) >= 'a' && (c) <= 'z' ? (char) ((c) - 'a' + 'A') : (c))
#define ASCII_LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (char) ((c) - 'A' + 'a') : (c))

static YsValue
convert_case (YsVM           *vm,
              YsValue         self,
              CaseConversion  conv)
{
  YsStr *s = ys_str_as (self);
  const char *d = s->data;
  gsize n = s->nbytes;
  gboolean prev_cased = FALSE;
  GString *out;

  if (s->ascii)
    {
      /* One byte in, one byte out. */
      YsStr *r = ys_str_alloc (vm, n, n);
      char *o;

      if (r == NULL)
        return YS_NULL;
      o = r->data;
      switch (conv)
        {
        case CONV_UPPER:
          for (gsize i = 0; i < n; i++)
            o[i] = ASCII_UPPER (d[i]);
          break;
        case CONV_LOWER:
        case CONV_CASEFOLD:
          for (gsize i = 0; i < n; i++)
            o[i] = ASCII_LOWER (d[i]);
          break;
        case CONV_SWAPCASE:
          for (gsize i = 0; i < n; i++)
            o[i] = g_ascii_isupper (d[i]) ? ASCII_LOWER (d[i]) : ASCII_UPPER (d[i]);
          break;
        case CONV_CAPITALIZE:
          for (gsize i = 0; i < n; i++)
            o[i] = i == 0 ? ASCII_UPPER (d[i]) : ASCII_LOWER (d[i]);
          break;
        case CONV_TITLE:
          for (gsize i = 0; i < n; i++)
            {
              o[i] = prev_cased ? ASCII_LOWER (d[i]) : ASCII_UPPER (d[i]);
              prev_cased = g_ascii_isalpha (d[i]);
            }
          break;
        }
      return str_finish (vm, r);
    }

  out = g_string_sized_new (n + n / 8 + 4);
  for (gsize i = 0; i < n;)
    {
      gsize len;
      gunichar c = utf8_get (d + i, &len), m[3];
      int k = 1;

      m[0] = c;
      switch (conv)
        {
        case CONV_UPPER:
          k = case_map (c, CASE_UPPER, m);
          break;
        case CONV_LOWER:
          k = lower_at (d, n, i, c, m);
          break;
        case CONV_CASEFOLD:
          k = case_map (c, CASE_FOLD, m);
          break;
        case CONV_SWAPCASE:
          if (uni_isupper (c))
            k = lower_at (d, n, i, c, m);
          else if (uni_islower (c))
            k = case_map (c, CASE_UPPER, m);
          break;
        case CONV_CAPITALIZE:
          if (i == 0)
            k = case_map (c, CASE_TITLE, m);
          else
            k = lower_at (d, n, i, c, m);
          break;
        case CONV_TITLE:
          if (prev_cased)
            k = lower_at (d, n, i, c, m);
          else
            k = case_map (c, CASE_TITLE, m);
          prev_cased = uni_iscased (c);
          break;
        }
      for (int j = 0; j < k; j++)
        {
          if (m[j] < 0x80)
            g_string_append_c (out, (char) m[j]);
          else
            g_string_append_unichar (out, m[j]);
        }
      i += len;
    }
  return str_from_gstring (vm, out);
}

#define CASE_METHOD(fn, qualname, conv)                                            \
  static YsValue                                                                    \
  fn (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)       \
  {                                                                                 \
    if (!ys_args_check (vm, qualname, argc, kwnames, 0, 0))                         \
      return YS_NULL;                                                               \
    return convert_case (vm, self, conv);                                           \
  }

CASE_METHOD (str_upper, "str.upper", CONV_UPPER)
CASE_METHOD (str_lower, "str.lower", CONV_LOWER)
CASE_METHOD (str_casefold, "str.casefold", CONV_CASEFOLD)
CASE_METHOD (str_swapcase, "str.swapcase", CONV_SWAPCASE)
CASE_METHOD (str_capitalize, "str.capitalize", CONV_CAPITALIZE)
CASE_METHOD (str_title, "str.title", CONV_TITLE)

/* Predicates: isdigit, isalpha, ... */

typedef gboolean (*CharPredicate) (gunichar c);

/* Whether every character satisfies @pred; FALSE for the empty string. */
static gboolean
all_chars (YsStr         *s,
           CharPredicate  pred)
{
  if (s->nbytes == 0)
    return FALSE;
  for (gsize i = 0; i < s->nbytes;)
    {
      gsize len;
      gunichar c = utf8_get (s->data + i, &len);

      if (!pred (c))
        return FALSE;
      i += len;
    }
  return TRUE;
}

static gboolean
uni_isalnum (gunichar c)
{
  return uni_isalpha (c) || uni_isdecimal (c) || uni_isdigit (c) || uni_isnumeric (c);
}

static gboolean
ascii_isdigit_pred (gunichar c)
{
  return c >= '0' && c <= '9';
}

static gboolean
ascii_isalpha_pred (gunichar c)
{
  return c < 0x80 && g_ascii_isalpha ((char) c);
}

static gboolean
ascii_isalnum_pred (gunichar c)
{
  return c < 0x80 && g_ascii_isalnum ((char) c);
}

/* isupper / islower: no character of the other case or title case, and at least
 * one cased character. */
static gboolean
check_case (YsStr    *s,
            gboolean  upper)
{
  gboolean cased = FALSE;

  for (gsize i = 0; i < s->nbytes;)
    {
      gsize len;
      gunichar c = utf8_get (s->data + i, &len);

      if (upper ? (uni_islower (c) || uni_istitle (c)) : (uni_isupper (c) || uni_istitle (c)))
        return FALSE;
      if (!cased && (upper ? uni_isupper (c) : uni_islower (c)))
        cased = TRUE;
      i += len;
    }
  return cased;
}

static gboolean
check_title (YsStr *s)
{
  gboolean cased = FALSE, prev_cased = FALSE;

  for (gsize i = 0; i < s->nbytes;)
    {
      gsize len;
      gunichar c = utf8_get (s->data + i, &len);

      if (uni_isupper (c) || uni_istitle (c))
        {
          if (prev_cased)
            return FALSE;
          prev_cased = cased = TRUE;
        }
      else if (uni_islower (c))
        {
          if (!prev_cased)
            return FALSE;
          prev_cased = cased = TRUE;
        }
      else
        prev_cased = FALSE;
      i += len;
    }
  return cased;
}

static gboolean
check_identifier (YsStr *s)
{
  gsize len;
  gunichar c;

  if (s->nbytes == 0)
    return FALSE;
  c = utf8_get (s->data, &len);
  if (!uni_is_xid_start (c))
    return FALSE;
  for (gsize i = len; i < s->nbytes; i += len)
    {
      c = utf8_get (s->data + i, &len);
      if (!uni_is_xid_continue (c))
        return FALSE;
    }
  return TRUE;
}

typedef enum {
  PRED_DIGIT,
  PRED_DECIMAL,
  PRED_NUMERIC,
  PRED_ALPHA,
  PRED_ALNUM,
  PRED_SPACE,
  PRED_UPPER,
  PRED_LOWER,
  PRED_TITLE,
  PRED_IDENTIFIER,
  PRED_PRINTABLE,
  PRED_ASCII,
} Predicate;

static gboolean
test_predicate (YsStr     *s,
                Predicate  pred)
{
  switch (pred)
    {
    case PRED_DIGIT:
      return all_chars (s, s->ascii ? ascii_isdigit_pred : uni_isdigit);
    case PRED_DECIMAL:
      return all_chars (s, s->ascii ? ascii_isdigit_pred : uni_isdecimal);
    case PRED_NUMERIC:
      return all_chars (s, s->ascii ? ascii_isdigit_pred : uni_isnumeric);
    case PRED_ALPHA:
      return all_chars (s, s->ascii ? ascii_isalpha_pred : uni_isalpha);
    case PRED_ALNUM:
      return all_chars (s, s->ascii ? ascii_isalnum_pred : uni_isalnum);
    case PRED_SPACE:
      return all_chars (s, uni_isspace);
    case PRED_UPPER:
      return check_case (s, TRUE);
    case PRED_LOWER:
      return check_case (s, FALSE);
    case PRED_TITLE:
      return check_title (s);
    case PRED_IDENTIFIER:
      return check_identifier (s);
    case PRED_PRINTABLE:
      return s->nbytes == 0 || all_chars (s, ys_unichar_isprintable);
    case PRED_ASCII:
    default:
      return s->ascii;
    }
}

#define PREDICATE_METHOD(fn, qualname, pred)                                       \
  static YsValue                                                                    \
  fn (YsVM *vm, YsValue self, int argc, const YsValue *argv, YsValue kwnames)       \
  {                                                                                 \
    if (!ys_args_check (vm, qualname, argc, kwnames, 0, 0))                         \
      return YS_NULL;                                                               \
    return ys_bool (vm, test_predicate (ys_str_as (self), pred));                   \
  }

PREDICATE_METHOD (str_isdigit, "str.isdigit", PRED_DIGIT)
PREDICATE_METHOD (str_isdecimal, "str.isdecimal", PRED_DECIMAL)
PREDICATE_METHOD (str_isnumeric, "str.isnumeric", PRED_NUMERIC)
PREDICATE_METHOD (str_isalpha, "str.isalpha", PRED_ALPHA)
PREDICATE_METHOD (str_isalnum, "str.isalnum", PRED_ALNUM)
PREDICATE_METHOD (str_isspace, "str.isspace", PRED_SPACE)
PREDICATE_METHOD (str_isupper, "str.isupper", PRED_UPPER)
PREDICATE_METHOD (str_islower, "str.islower", PRED_LOWER)
PREDICATE_METHOD (str_istitle, "str.istitle", PRED_TITLE)
PREDICATE_METHOD (str_isidentifier, "str.isidentifier", PRED_IDENTIFIER)
PREDICATE_METHOD (str_isprintable, "str.isprintable", PRED_PRINTABLE)
PREDICATE_METHOD (str_isascii, "str.isascii", PRED_ASCII)

/* startswith, endswith */

/* Whether @sub is at the start (or end, @at_end) of self[start:end]. */
static gboolean
tail_match (YsStr    *s,
            YsStr    *sub,
            gssize    start,
            gssize    end,
            gboolean  at_end)
{
  gsize off;

  adjust_indices (&start, &end, (gssize) s->length);
  end -= (gssize) sub->length;
  if (end < start)
    return FALSE;
  if (sub->length == 0)
    return TRUE;
  off = cp_offset (s, at_end ? end : start);
  return off + sub->nbytes <= s->nbytes && memcmp (s->data + off, sub->data, sub->nbytes) == 0;
}

static YsValue
do_startswith (YsVM          *vm,
               YsValue        self,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames,
               gboolean       at_end)
{
  const char *name = at_end ? "endswith" : "startswith";
  YsStr *s = ys_str_as (self);
  gssize start = 0, end = G_MAXSSIZE;
  YsValue sub;

  if (!ys_args_no_keywords (vm, at_end ? "str.endswith" : "str.startswith", kwnames)
      || !check_takes (vm, name, argc, 1, 3))
    return YS_NULL;
  if (argc > 1 && !arg_slice_index (vm, argv[1], &start))
    return YS_NULL;
  if (argc > 2 && !arg_slice_index (vm, argv[2], &end))
    return YS_NULL;
  sub = argv[0];
  if (ys_kind (vm, sub) == YS_KIND_TUPLE)
    {
      for (gsize i = 0; i < ys_tuple_len (sub); i++)
        {
          YsValue item = ys_tuple_get (sub, i);

          if (!is_str (vm, item))
            return ys_raise (vm, YS_EXC_TYPE_ERROR, "tuple for %s must only contain str, not %s",
                             name, ys_type_name_of (vm, item));
          if (tail_match (s, ys_str_as (item), start, end, at_end))
            return ys_bool (vm, TRUE);
        }
      return ys_bool (vm, FALSE);
    }
  if (!is_str (vm, sub))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s first arg must be str or a tuple of str, not %s",
                     name, ys_type_name_of (vm, sub));
  return ys_bool (vm, tail_match (s, ys_str_as (sub), start, end, at_end));
}

static YsValue
str_startswith (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  return do_startswith (vm, self, argc, argv, kwnames, FALSE);
}

static YsValue
str_endswith (YsVM          *vm,
              YsValue        self,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames)
{
  return do_startswith (vm, self, argc, argv, kwnames, TRUE);
}

/* find, rfind, index, rindex, count */

/* Parses (sub[, start[, end]]) as CPython does: the indices first, then sub. */
static gboolean
parse_find_args (YsVM          *vm,
                 const char    *name,
                 const char    *qualname,
                 int            argc,
                 const YsValue *argv,
                 YsValue        kwnames,
                 YsStr        **sub,
                 gssize        *start,
                 gssize        *end)
{
  *start = 0;
  *end = G_MAXSSIZE;
  if (!ys_args_no_keywords (vm, qualname, kwnames) || !check_takes (vm, name, argc, 1, 3))
    return FALSE;
  if (argc > 1 && !arg_slice_index (vm, argv[1], start))
    return FALSE;
  if (argc > 2 && !arg_slice_index (vm, argv[2], end))
    return FALSE;
  if (!is_str (vm, argv[0]))
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "must be str, not %s", ys_type_name_of (vm, argv[0]));
      return FALSE;
    }
  *sub = ys_str_as (argv[0]);
  return TRUE;
}

/* The code point index of the first (or last) @sub in s[start:end], or -1. */
static gssize
find_sub (YsStr    *s,
          YsStr    *sub,
          gssize    start,
          gssize    end,
          gboolean  reverse)
{
  gsize from, to;
  const char *p;

  adjust_indices (&start, &end, (gssize) s->length);
  if (end - start < (gssize) sub->length)
    return -1;
  if (sub->length == 0)
    return reverse ? end : start;
  if (s->ascii && !sub->ascii)
    return -1;
  from = cp_offset (s, start);
  to = cp_offset (s, end);
  if (reverse)
    p = rmemmem (s->data + from, to - from, sub->data, sub->nbytes);
  else
    p = memmem (s->data + from, to - from, sub->data, sub->nbytes);
  if (p == NULL)
    return -1;
  return (gssize) cp_index (s, (gsize) (p - s->data));
}

static YsValue
do_find (YsVM          *vm,
         YsValue        self,
         int            argc,
         const YsValue *argv,
         YsValue        kwnames,
         const char    *name,
         const char    *qualname,
         gboolean       reverse,
         gboolean       raise)
{
  YsStr *sub;
  gssize start, end, r;

  if (!parse_find_args (vm, name, qualname, argc, argv, kwnames, &sub, &start, &end))
    return YS_NULL;
  r = find_sub (ys_str_as (self), sub, start, end, reverse);
  if (r < 0 && raise)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "substring not found");
  return ys_int_from_i64 (vm, r);
}

static YsValue
str_find (YsVM          *vm,
          YsValue        self,
          int            argc,
          const YsValue *argv,
          YsValue        kwnames)
{
  return do_find (vm, self, argc, argv, kwnames, "find", "str.find", FALSE, FALSE);
}

static YsValue
str_rfind (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  return do_find (vm, self, argc, argv, kwnames, "rfind", "str.rfind", TRUE, FALSE);
}

static YsValue
str_index (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  return do_find (vm, self, argc, argv, kwnames, "index", "str.index", FALSE, TRUE);
}

static YsValue
str_rindex (YsVM          *vm,
            YsValue        self,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  return do_find (vm, self, argc, argv, kwnames, "rindex", "str.rindex", TRUE, TRUE);
}

/* Non-overlapping occurrences of @sub in bytes [from, to) of @d, at most @max. */
static gsize
count_bytes (const char *d,
             gsize       from,
             gsize       to,
             YsStr      *sub,
             gsize       max)
{
  gsize count = 0;

  while (count < max && to - from >= sub->nbytes)
    {
      const char *p = memmem (d + from, to - from, sub->data, sub->nbytes);

      if (p == NULL)
        break;
      count++;
      from = (gsize) (p - d) + sub->nbytes;
    }
  return count;
}

static YsValue
str_count (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  YsStr *s = ys_str_as (self), *sub;
  gssize start, end;

  if (!parse_find_args (vm, "count", "str.count", argc, argv, kwnames, &sub, &start, &end))
    return YS_NULL;
  adjust_indices (&start, &end, (gssize) s->length);
  if (end < start)
    return ys_int_from_i64 (vm, 0);
  if (sub->length == 0)
    return ys_int_from_i64 (vm, end - start + 1);
  if (end - start < (gssize) sub->length || (s->ascii && !sub->ascii))
    return ys_int_from_i64 (vm, 0);
  return ys_int_from_i64 (vm, (gint64) count_bytes (s->data, cp_offset (s, start),
                                                    cp_offset (s, end), sub, G_MAXSIZE));
}

/* replace */

static YsValue
str_replace (YsVM          *vm,
             YsValue        self,
             int            argc,
             const YsValue *argv,
             YsValue        kwnames)
{
  YsStr *s = ys_str_as (self), *old, *new, *r;
  gssize maxcount = -1;
  gsize m, nbytes, length;
  char *out;

  if (!check_expected (vm, "replace", "str.replace", argc, kwnames, 2, 3))
    return YS_NULL;
  if (!is_str (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "replace() argument 1 must be str, not %s",
                     ys_type_name_of (vm, argv[0]));
  if (!is_str (vm, argv[1]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "replace() argument 2 must be str, not %s",
                     ys_type_name_of (vm, argv[1]));
  if (argc > 2 && !arg_ssize (vm, argv[2], &maxcount))
    return YS_NULL;
  old = ys_str_as (argv[0]);
  new = ys_str_as (argv[1]);
  if (maxcount < 0)
    maxcount = G_MAXSSIZE;

  /* Count the replacements first, to allocate the result once. */
  if (old->nbytes == 0)
    m = MIN ((gsize) maxcount, (gsize) s->length + 1);
  else if (s->ascii && !old->ascii)
    m = 0;
  else
    m = count_bytes (s->data, 0, s->nbytes, old, (gsize) maxcount);
  if (m == 0)
    return str_same (vm, self);
  if (new->nbytes > old->nbytes && m > (YS_STR_MAX_BYTES - s->nbytes) / (new->nbytes - old->nbytes))
    return ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
  nbytes = s->nbytes + m * new->nbytes - m * old->nbytes;
  length = s->length + m * new->length - m * old->length;
  r = ys_str_alloc (vm, nbytes, length);
  if (r == NULL)
    return YS_NULL;
  out = r->data;
  if (old->nbytes == 0)
    {
      /* The new text goes before each of the first m characters (and at the end). */
      gsize i = 0;

      for (gsize k = 0; k < m; k++)
        {
          memcpy (out, new->data, new->nbytes);
          out += new->nbytes;
          if (i < s->nbytes)
            {
              gsize len = (gsize) g_utf8_skip[(guchar) s->data[i]];

              memcpy (out, s->data + i, len);
              out += len;
              i += len;
            }
        }
      memcpy (out, s->data + i, s->nbytes - i);
    }
  else
    {
      gsize i = 0;

      for (gsize k = 0; k < m; k++)
        {
          const char *p = memmem (s->data + i, s->nbytes - i, old->data, old->nbytes);
          gsize at = (gsize) (p - s->data);

          memcpy (out, s->data + i, at - i);
          out += at - i;
          memcpy (out, new->data, new->nbytes);
          out += new->nbytes;
          i = at + old->nbytes;
        }
      memcpy (out, s->data + i, s->nbytes - i);
    }
  return str_finish (vm, r);
}

/* center, ljust, rjust, zfill */

/* s padded with @left and @right copies of @fill (one character of UTF-8). */
static YsValue
pad (YsVM       *vm,
     YsStr      *s,
     gsize       left,
     gsize       right,
     const char *fill,
     gsize       fill_len)
{
  YsStr *r;
  char *out;

  if (left + right > YS_STR_MAX_BYTES / fill_len)
    return ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
  r = ys_str_alloc (vm, s->nbytes + (left + right) * fill_len, s->length + left + right);
  if (r == NULL)
    return YS_NULL;
  out = r->data;
  if (fill_len == 1)
    {
      memset (out, fill[0], left);
      memcpy (out + left, s->data, s->nbytes);
      memset (out + left + s->nbytes, fill[0], right);
    }
  else
    {
      for (gsize i = 0; i < left; i++, out += fill_len)
        memcpy (out, fill, fill_len);
      memcpy (out, s->data, s->nbytes);
      out += s->nbytes;
      for (gsize i = 0; i < right; i++, out += fill_len)
        memcpy (out, fill, fill_len);
    }
  return ys_val (r);
}

enum {
  JUST_LEFT,
  JUST_RIGHT,
  JUST_CENTER,
};

static YsValue
do_justify (YsVM          *vm,
            YsValue        self,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames,
            const char    *name,
            const char    *qualname,
            int            how)
{
  YsStr *s = ys_str_as (self);
  const char *fill = " ";
  gsize fill_len = 1, marg, left;
  gssize width;
  YsValue r;

  if (!check_expected (vm, name, qualname, argc, kwnames, 1, 2))
    return YS_NULL;
  if (!arg_ssize (vm, argv[0], &width))
    return YS_NULL;
  if (argc > 1)
    {
      if (!is_str (vm, argv[1]))
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "The fill character must be a unicode character, not %s",
                         ys_type_name_of (vm, argv[1]));
      if (ys_str_as (argv[1])->length != 1)
        return ys_raise (vm, YS_EXC_TYPE_ERROR, "The fill character must be exactly one character long");
      fill = ys_str_as (argv[1])->data;
      fill_len = ys_str_as (argv[1])->nbytes;
    }
  if (width <= (gssize) s->length)
    return str_same (vm, self);
  marg = (gsize) width - s->length;
  switch (how)
    {
    case JUST_LEFT:
      left = 0;
      break;
    case JUST_RIGHT:
      left = marg;
      break;
    case JUST_CENTER:
    default:
      /* CPython's rounding: the odd space goes left only when width is odd. */
      left = marg / 2 + (marg & (gsize) width & 1);
      break;
    }
  r = pad (vm, s, left, marg - left, fill, fill_len);
  return r != YS_NULL ? str_finish (vm, ys_str_as (r)) : YS_NULL;
}

static YsValue
str_ljust (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  return do_justify (vm, self, argc, argv, kwnames, "ljust", "str.ljust", JUST_LEFT);
}

static YsValue
str_rjust (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  return do_justify (vm, self, argc, argv, kwnames, "rjust", "str.rjust", JUST_RIGHT);
}

static YsValue
str_center (YsVM          *vm,
            YsValue        self,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  return do_justify (vm, self, argc, argv, kwnames, "center", "str.center", JUST_CENTER);
}

static YsValue
str_zfill (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames)
{
  YsStr *s = ys_str_as (self);
  YsValue r;
  gssize width;
  gsize fill;
  char *d;

  if (!ys_args_check (vm, "str.zfill", argc, kwnames, 1, 1) || !arg_ssize (vm, argv[0], &width))
    return YS_NULL;
  if (width <= (gssize) s->length)
    return str_same (vm, self);
  fill = (gsize) width - s->length;
  r = pad (vm, s, fill, 0, "0", 1);
  if (r == YS_NULL)
    return YS_NULL;
  /* A sign moves in front of the zeros. */
  d = ys_str_as (r)->data;
  if (s->nbytes > 0 && (s->data[0] == '+' || s->data[0] == '-'))
    {
      d[0] = s->data[0];
      d[fill] = '0';
    }
  return str_finish (vm, ys_str_as (r));
}

/* partition, rpartition, removeprefix, removesuffix */

static YsValue
do_partition (YsVM          *vm,
              YsValue        self,
              int            argc,
              const YsValue *argv,
              YsValue        kwnames,
              gboolean       reverse)
{
  YsStr *s = ys_str_as (self), *sep;
  YsValue a, b, c;
  const char *p = NULL;

  if (!ys_args_check (vm, reverse ? "str.rpartition" : "str.partition", argc, kwnames, 1, 1))
    return YS_NULL;
  if (!is_str (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "must be str, not %s", ys_type_name_of (vm, argv[0]));
  sep = ys_str_as (argv[0]);
  if (sep->nbytes == 0)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "empty separator");
  if (!s->ascii || sep->ascii)
    p = reverse ? rmemmem (s->data, s->nbytes, sep->data, sep->nbytes)
                : memmem (s->data, s->nbytes, sep->data, sep->nbytes);
  if (p == NULL)
    {
      a = str_same (vm, self);
      b = str_make (vm, "", 0, 0);
      c = str_make (vm, "", 0, 0);
      if (reverse)
        {
          YsValue t = a;
          a = c;
          c = t;
        }
    }
  else
    {
      gsize at = (gsize) (p - s->data);

      a = str_slice_bytes (vm, self, 0, at);
      b = str_same (vm, argv[0]);
      c = str_slice_bytes (vm, self, at + sep->nbytes, s->nbytes);
    }
  if (a == YS_NULL || b == YS_NULL || c == YS_NULL)
    {
      ys_xdecref (vm, a);
      ys_xdecref (vm, b);
      ys_xdecref (vm, c);
      return YS_NULL;
    }
  return ys_tuple_pack (vm, 3, a, b, c);
}

static YsValue
str_partition (YsVM          *vm,
               YsValue        self,
               int            argc,
               const YsValue *argv,
               YsValue        kwnames)
{
  return do_partition (vm, self, argc, argv, kwnames, FALSE);
}

static YsValue
str_rpartition (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  return do_partition (vm, self, argc, argv, kwnames, TRUE);
}

static YsValue
do_remove_affix (YsVM          *vm,
                 YsValue        self,
                 int            argc,
                 const YsValue *argv,
                 YsValue        kwnames,
                 gboolean       suffix)
{
  YsStr *s = ys_str_as (self), *a;

  if (!ys_args_check (vm, suffix ? "str.removesuffix" : "str.removeprefix", argc, kwnames, 1, 1))
    return YS_NULL;
  if (!is_str (vm, argv[0]))
    return ys_raise (vm, YS_EXC_TYPE_ERROR, "%s() argument must be str, not %s",
                     suffix ? "removesuffix" : "removeprefix", ys_type_name_of (vm, argv[0]));
  a = ys_str_as (argv[0]);
  if (a->nbytes == 0 || a->nbytes > s->nbytes)
    return str_same (vm, self);
  if (!suffix && memcmp (s->data, a->data, a->nbytes) == 0)
    return str_slice_bytes (vm, self, a->nbytes, s->nbytes);
  if (suffix && memcmp (s->data + s->nbytes - a->nbytes, a->data, a->nbytes) == 0)
    return str_slice_bytes (vm, self, 0, s->nbytes - a->nbytes);
  return str_same (vm, self);
}

static YsValue
str_removeprefix (YsVM          *vm,
                  YsValue        self,
                  int            argc,
                  const YsValue *argv,
                  YsValue        kwnames)
{
  return do_remove_affix (vm, self, argc, argv, kwnames, FALSE);
}

static YsValue
str_removesuffix (YsVM          *vm,
                  YsValue        self,
                  int            argc,
                  const YsValue *argv,
                  YsValue        kwnames)
{
  return do_remove_affix (vm, self, argc, argv, kwnames, TRUE);
}

/* expandtabs */

static YsValue
str_expandtabs (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  static const char *const names[] = { "tabsize" };
  YsStr *s = ys_str_as (self), *r;
  YsValue a[1];
  int tabsize = 8;
  gsize col = 0, extra = 0, ntabs = 0;
  char *out;

  if (!bind_args (vm, "expandtabs", argc, argv, kwnames, names, 1, a))
    return YS_NULL;
  if (a[0] != YS_NULL && !arg_cint (vm, a[0], &tabsize))
    return YS_NULL;
  if (memchr (s->data, '\t', s->nbytes) == NULL)
    return str_same (vm, self);

  /* First the size: columns count code points, and restart after \n and \r. */
  for (gsize i = 0; i < s->nbytes; i++)
    {
      char c = s->data[i];

      if (c == '\t')
        {
          ntabs++;
          if (tabsize > 0)
            {
              gsize incr = (gsize) tabsize - col % (gsize) tabsize;

              extra += incr;
              col += incr;
              if (extra > YS_STR_MAX_BYTES)
                return ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "new string is too long");
            }
        }
      else if (c == '\n' || c == '\r')
        col = 0;
      else if (((guchar) c & 0xC0) != 0x80)
        col++;
    }
  r = ys_str_alloc (vm, s->nbytes - ntabs + extra, s->length - ntabs + extra);
  if (r == NULL)
    return YS_NULL;
  out = r->data;
  col = 0;
  for (gsize i = 0; i < s->nbytes; i++)
    {
      char c = s->data[i];

      if (c == '\t')
        {
          if (tabsize > 0)
            {
              gsize incr = (gsize) tabsize - col % (gsize) tabsize;

              memset (out, ' ', incr);
              out += incr;
              col += incr;
            }
          continue;
        }
      if (c == '\n' || c == '\r')
        col = 0;
      else if (((guchar) c & 0xC0) != 0x80)
        col++;
      *out++ = c;
    }
  return str_finish (vm, r);
}

/* ascii (): repr with every non-ASCII character escaped. */
static YsValue
ascii_of (YsVM    *vm,
          YsValue  v)
{
  YsValue r = ys_repr (vm, v);
  YsStr *s;
  GString *out;

  if (r == YS_NULL)
    return YS_NULL;
  s = ys_str_as (r);
  if (s->ascii)
    return r;
  out = g_string_sized_new (s->nbytes + 16);
  for (gsize i = 0; i < s->nbytes;)
    {
      gsize len;
      gunichar c = utf8_get (s->data + i, &len);

      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else if (c < 0x100)
        g_string_append_printf (out, "\\x%02x", c);
      else if (c < 0x10000)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_printf (out, "\\U%08x", c);
      i += len;
    }
  ys_decref (vm, r);
  return str_from_gstring (vm, out);
}

/* str.format and str.format_map */

typedef enum {
  AUTO_INIT,
  AUTO_AUTOMATIC,
  AUTO_MANUAL,
} AutoState;

typedef struct
{
  YsVM          *vm;
  int            argc;
  const YsValue *argv;
  YsValue        kwnames;    /* format's keyword names (values follow argv[argc - 1]) */
  YsValue        mapping;    /* format_map's argument, or YS_NULL */
  AutoState      auto_state;
  gssize         auto_next;
} FormatCtx;

/* The integer a field name part spells with decimal digits, -1 if it is not one, -2
 * with ValueError set if it is too large. */
static gssize
field_integer (YsVM       *vm,
               const char *p,
               const char *end)
{
  gssize acc = 0;

  if (p >= end)
    return -1;
  while (p < end)
    {
      gsize len;
      gunichar c = utf8_get (p, &len);
      int digit = uni_isdecimal (c) ? g_unichar_digit_value (c) : -1;

      if (digit < 0)
        return -1;
      if (acc > (G_MAXSSIZE - digit) / 10)
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "Too many decimal digits in format string");
          return -2;
        }
      acc = acc * 10 + digit;
      p += len;
    }
  return acc;
}

static YsValue
format_keyword (FormatCtx  *ctx,
                const char *p,
                const char *end)
{
  YsVM *vm = ctx->vm;
  YsValue key = str_from_utf8 (vm, p, (gsize) (end - p)), r = YS_NULL;

  if (key == YS_NULL)
    return YS_NULL;
  if (ctx->mapping != YS_NULL)
    r = ys_getitem (vm, ctx->mapping, key);
  else
    {
      gsize nkw = ctx->kwnames != YS_NULL ? ys_tuple_len (ctx->kwnames) : 0;

      for (gsize i = 0; i < nkw; i++)
        if (ys_str_equal (ys_str_as (ys_tuple_get (ctx->kwnames, i)), ys_str_as (key)))
          {
            r = ys_ref (ctx->argv[ctx->argc + (int) i]);
            break;
          }
      if (r == YS_NULL)
        ys_raise_with_value (vm, YS_EXC_KEY_ERROR, key);
    }
  ys_decref (vm, key);
  return r;
}

/* The object a field name designates: "0", "name", "", then ".attr" and "[key]". */
static YsValue
format_field_object (FormatCtx  *ctx,
                     const char *name,
                     const char *end)
{
  YsVM *vm = ctx->vm;
  const char *p = name;
  gssize index;
  gboolean empty;
  YsValue obj;

  while (p < end && *p != '.' && *p != '[')
    p++;
  index = field_integer (vm, name, p);
  if (index == -2)
    return YS_NULL;
  empty = p == name;
  if (empty || index >= 0)
    {
      if (ctx->auto_state == AUTO_INIT)
        ctx->auto_state = empty ? AUTO_AUTOMATIC : AUTO_MANUAL;
      if (ctx->auto_state == AUTO_MANUAL && empty)
        return ys_raise (vm, YS_EXC_VALUE_ERROR,
                         "cannot switch from manual field specification to automatic field numbering");
      if (ctx->auto_state == AUTO_AUTOMATIC && !empty)
        return ys_raise (vm, YS_EXC_VALUE_ERROR,
                         "cannot switch from automatic field numbering to manual field specification");
      if (empty)
        index = ctx->auto_next++;
    }

  if (index < 0)
    obj = format_keyword (ctx, name, p);
  else if (ctx->mapping != YS_NULL)
    return ys_raise (vm, YS_EXC_VALUE_ERROR, "Format string contains positional fields");
  else if (index >= ctx->argc)
    return ys_raise (vm, YS_EXC_INDEX_ERROR,
                     "Replacement index %" G_GSSIZE_FORMAT " out of range for positional args tuple",
                     index);
  else
    obj = ys_ref (ctx->argv[index]);

  while (obj != YS_NULL && p < end)
    {
      const char *start;
      YsValue next;

      if (*p == '.')
        {
          char *attr;
          YsValue key;

          start = ++p;
          while (p < end && *p != '.' && *p != '[')
            p++;
          if (p == start)
            goto empty_attribute;
          attr = g_strndup (start, (gsize) (p - start));
          key = ys_str_intern (vm, attr);
          g_free (attr);
          next = key != YS_NULL ? ys_getattr (vm, obj, ys_str_as (key)) : YS_NULL;
          ys_xdecref (vm, key);
        }
      else if (*p == '[')
        {
          gssize i;

          start = ++p;
          while (p < end && *p != ']')
            p++;
          if (p == end)
            {
              ys_decref (vm, obj);
              return ys_raise (vm, YS_EXC_VALUE_ERROR, "Missing ']' in format string");
            }
          if (p == start)
            goto empty_attribute;
          /* "[2]" indexes with an int, "[key]" with a str. */
          i = field_integer (vm, start, p);
          if (i == -2)
            next = YS_NULL;
          else
            {
              YsValue key = i >= 0 ? ys_int_from_i64 (vm, i)
                                   : str_from_utf8 (vm, start, (gsize) (p - start));

              next = key != YS_NULL ? ys_getitem (vm, obj, key) : YS_NULL;
              ys_xdecref (vm, key);
            }
          p++;
        }
      else
        {
          ys_decref (vm, obj);
          return ys_raise (vm, YS_EXC_VALUE_ERROR,
                           "Only '.' or '[' may follow ']' in format field specifier");
        }
      ys_decref (vm, obj);
      obj = next;
    }
  return obj;

empty_attribute:
  ys_decref (vm, obj);
  return ys_raise (vm, YS_EXC_VALUE_ERROR, "Empty attribute in format string");
}

static gboolean format_build (FormatCtx *ctx, const char *p, const char *end, int depth,
                              GString *out);

/* Renders one replacement field; *pp points just after its '{' and is moved past
 * its '}'. */
static gboolean
format_field (FormatCtx   *ctx,
              const char **pp,
              const char  *end,
              int          depth,
              GString     *out)
{
  YsVM *vm = ctx->vm;
  const char *p = *pp, *name = p, *name_end, *spec = NULL, *spec_end = NULL;
  gunichar conversion = 0;
  gboolean expand = FALSE;
  char term = 0;
  YsValue obj, spec_str, r;

  /* The field name ends at '}', ':' or '!' (brackets may hold them). */
  while (p < end)
    {
      char c = *p++;

      if (c == '{')
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "unexpected '{' in field name");
          return FALSE;
        }
      if (c == '[')
        {
          while (p < end && *p != ']')
            p++;
          continue;
        }
      if (c == '}' || c == ':' || c == '!')
        {
          term = c;
          break;
        }
    }
  if (term == 0)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "expected '}' before end of string");
      return FALSE;
    }
  name_end = p - 1;

  if (term == '!')
    {
      gsize len;

      if (p >= end)
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "end of string while looking for conversion specifier");
          return FALSE;
        }
      conversion = utf8_get (p, &len);
      p += len;
      if (p < end)
        {
          char c = *p++;

          if (c == '}')
            term = '}';
          else if (c != ':')
            {
              ys_raise (vm, YS_EXC_VALUE_ERROR, "expected ':' after conversion specifier");
              return FALSE;
            }
        }
    }
  if (term != '}')
    {
      /* The spec runs to the matching '}': nested fields are expanded later. */
      int count = 1;

      spec = p;
      while (p < end)
        {
          char c = *p++;

          if (c == '{')
            {
              expand = TRUE;
              count++;
            }
          else if (c == '}' && --count == 0)
            {
              spec_end = p - 1;
              break;
            }
        }
      if (spec_end == NULL)
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "unmatched '{' in format spec");
          return FALSE;
        }
    }
  *pp = p;

  obj = format_field_object (ctx, name, name_end);
  if (obj == YS_NULL)
    return FALSE;
  if (conversion != 0)
    {
      YsValue conv;

      switch (conversion)
        {
        case 'r':
          conv = ys_repr (vm, obj);
          break;
        case 's':
          conv = ys_to_str (vm, obj);
          break;
        case 'a':
          conv = ascii_of (vm, obj);
          break;
        default:
          if (conversion > 32 && conversion < 127)
            ys_raise (vm, YS_EXC_VALUE_ERROR, "Unknown conversion specifier %c", (char) conversion);
          else
            ys_raise (vm, YS_EXC_VALUE_ERROR, "Unknown conversion specifier \\x%x", conversion);
          conv = YS_NULL;
          break;
        }
      ys_decref (vm, obj);
      if (conv == YS_NULL)
        return FALSE;
      obj = conv;
    }

  /* Common fields need no format call. */
  if (spec == NULL || spec == spec_end)
    {
      if (is_exact_str (vm, obj))
        {
          g_string_append_len (out, ys_str_data (obj), ys_str_as (obj)->nbytes);
          ys_decref (vm, obj);
          return TRUE;
        }
      if (ys_is_small (obj))
        {
          g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) ys_small_get (obj));
          return TRUE;
        }
    }

  if (expand)
    {
      GString *g = g_string_new (NULL);

      if (!format_build (ctx, spec, spec_end, depth - 1, g))
        {
          g_string_free (g, TRUE);
          ys_decref (vm, obj);
          return FALSE;
        }
      spec_str = str_from_gstring (vm, g);
    }
  else if (spec != NULL)
    spec_str = str_from_utf8 (vm, spec, (gsize) (spec_end - spec));
  else
    spec_str = str_make (vm, "", 0, 0);
  if (spec_str == YS_NULL)
    {
      ys_decref (vm, obj);
      return FALSE;
    }
  r = ys_format (vm, obj, spec_str);
  ys_decref (vm, spec_str);
  ys_decref (vm, obj);
  if (r == YS_NULL)
    return FALSE;
  g_string_append_len (out, ys_str_data (r), ys_str_as (r)->nbytes);
  ys_decref (vm, r);
  return TRUE;
}

/* Appends the expansion of the format text [p, end) to @out. */
static gboolean
format_build (FormatCtx  *ctx,
              const char *p,
              const char *end,
              int         depth,
              GString    *out)
{
  YsVM *vm = ctx->vm;

  if (depth <= 0)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "Max string recursion exceeded");
      return FALSE;
    }
  while (p < end)
    {
      const char *q = p;
      char c;

      while (q < end && *q != '{' && *q != '}')
        q++;
      g_string_append_len (out, p, q - p);
      if (q == end)
        break;
      c = *q++;
      if (c == '}')
        {
          if (q < end && *q == '}')
            {
              g_string_append_c (out, '}');
              p = q + 1;
              continue;
            }
          ys_raise (vm, YS_EXC_VALUE_ERROR, "Single '}' encountered in format string");
          return FALSE;
        }
      if (q == end)
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "Single '{' encountered in format string");
          return FALSE;
        }
      if (*q == '{')
        {
          g_string_append_c (out, '{');
          p = q + 1;
          continue;
        }
      if (!format_field (ctx, &q, end, depth, out))
        return FALSE;
      p = q;
    }
  return TRUE;
}

static YsValue
do_format (YsVM          *vm,
           YsValue        self,
           int            argc,
           const YsValue *argv,
           YsValue        kwnames,
           YsValue        mapping)
{
  YsStr *s = ys_str_as (self);
  FormatCtx ctx = { vm, argc, argv, kwnames, mapping, AUTO_INIT, 0 };
  GString *out;

  /* Text without braces formats to itself. */
  if (memchr (s->data, '{', s->nbytes) == NULL && memchr (s->data, '}', s->nbytes) == NULL)
    return str_same (vm, self);
  out = g_string_sized_new (s->nbytes + 64);
  /* PEP 3101: fields may nest in specs once, "{0:{1}}", not deeper. */
  if (!format_build (&ctx, s->data, s->data + s->nbytes, 2, out))
    {
      g_string_free (out, TRUE);
      return YS_NULL;
    }
  return str_from_gstring (vm, out);
}

static YsValue
str_format (YsVM          *vm,
            YsValue        self,
            int            argc,
            const YsValue *argv,
            YsValue        kwnames)
{
  return do_format (vm, self, argc, argv, kwnames, YS_NULL);
}

static YsValue
str_format_map (YsVM          *vm,
                YsValue        self,
                int            argc,
                const YsValue *argv,
                YsValue        kwnames)
{
  if (!ys_args_check (vm, "str.format_map", argc, kwnames, 1, 1))
    return YS_NULL;
  return do_format (vm, self, 0, argv, YS_NULL, argv[0]);
}

/* The printf-style operator: format % args */

typedef struct
{
  YsVM    *vm;
  YsValue  args;     /* where values come from: the tuple, or the single value */
  gssize   arglen;   /* -1 when args is a single value */
  gssize   argidx;
  YsValue  dict;     /* args, when it is a mapping (for "%(name)s") */
  YsValue  keyed;    /* owned: the value of the last "%(name)", which args then is */
} PercentCtx;

static YsValue
percent_next_arg (PercentCtx *ctx)
{
  if (ctx->argidx < ctx->arglen)
    {
      gssize i = ctx->argidx++;

      if (ctx->arglen < 0)
        return ctx->args;
      return ys_tuple_get (ctx->args, (gsize) i);
    }
  return ys_raise (ctx->vm, YS_EXC_TYPE_ERROR, "not enough arguments for format string");
}

/* Whether '%' should treat @v as a mapping: anything subscriptable but tuples and
 * str (CPython only asks for __getitem__, so lists qualify too). */
static gboolean
percent_is_mapping (YsVM    *vm,
                    YsValue  v)
{
  switch (ys_kind (vm, v))
    {
    case YS_KIND_DICT:
    case YS_KIND_LIST:
    case YS_KIND_RANGE:
      return TRUE;
    case YS_KIND_INSTANCE:
      return ys_type_lookup (ys_type_of (vm, v), vm->s_getitem) != YS_NULL;
    default:
      return FALSE;
    }
}

typedef struct
{
  gboolean left, plus, space, alt, zero;
  int      width;      /* -1: none */
  int      prec;       /* -1: none */
} PercentSpec;

/* Appends @text (@nbytes, @length code points) padded with spaces to spec->width. */
static void
percent_pad (GString           *out,
             const PercentSpec *spec,
             const char        *text,
             gsize              nbytes,
             gsize              length)
{
  gsize padding = spec->width > 0 && (gsize) spec->width > length ? (gsize) spec->width - length : 0;

  if (!spec->left)
    for (gsize i = 0; i < padding; i++)
      g_string_append_c (out, ' ');
  g_string_append_len (out, text, (gssize) nbytes);
  if (spec->left)
    for (gsize i = 0; i < padding; i++)
      g_string_append_c (out, ' ');
}

static gboolean
percent_string (YsVM              *vm,
                GString           *out,
                const PercentSpec *spec,
                char               conv,
                YsValue            v)
{
  YsValue t;
  YsStr *s;
  gsize nbytes, length;

  if (conv == 's')
    t = ys_to_str (vm, v);
  else if (conv == 'r')
    t = ys_repr (vm, v);
  else
    t = ascii_of (vm, v);
  if (t == YS_NULL)
    return FALSE;
  s = ys_str_as (t);
  nbytes = s->nbytes;
  length = s->length;
  if (spec->prec >= 0 && (gsize) spec->prec < length)
    {
      length = (gsize) spec->prec;
      nbytes = cp_offset (s, spec->prec);
    }
  percent_pad (out, spec, s->data, nbytes, length);
  ys_decref (vm, t);
  return TRUE;
}

/* The value of an int or bool in @z. */
static gboolean
percent_get_int (YsVM    *vm,
                 YsValue  v,
                 mpz_t    z)
{
  if (ys_is_small (v))
    mpz_set_si (z, (long) ys_small_get (v));
  else if (ys_kind (vm, v) == YS_KIND_BOOL)
    mpz_set_ui (z, v == ys_val (vm->true_obj));
  else if (ys_kind (vm, v) == YS_KIND_INT)
    mpz_set (z, ((YsInt *) ys_obj (v))->value);
  else
    return FALSE;
  return TRUE;
}

static gboolean
percent_integer (YsVM              *vm,
                 GString           *out,
                 const PercentSpec *spec,
                 char               conv,
                 YsValue            v)
{
  int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
  const char *sign = "", *prefix = "";
  gsize ndigits, nzeros = 0, body, padding = 0;
  gboolean ok = FALSE;
  char *digits = NULL;
  mpz_t z;

  mpz_init (z);
  if (!percent_get_int (vm, v, z))
    {
      if (base == 10 && ys_kind (vm, v) == YS_KIND_FLOAT)
        {
          /* %d truncates floats, as int () does. */
          double d = ys_float_get (v);

          if (isinf (d))
            {
              ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "cannot convert float infinity to integer");
              goto done;
            }
          if (isnan (d))
            {
              ys_raise (vm, YS_EXC_VALUE_ERROR, "cannot convert float NaN to integer");
              goto done;
            }
          mpz_set_d (z, d);
        }
      else
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "%%%c format: %s is required, not %s", conv,
                    base == 10 ? "a real number" : "an integer", ys_type_name_of (vm, v));
          goto done;
        }
    }

  if (mpz_sgn (z) < 0)
    {
      sign = "-";
      mpz_neg (z, z);
    }
  else if (spec->plus)
    sign = "+";
  else if (spec->space)
    sign = " ";
  if (spec->alt && base != 10)
    prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
  digits = mpz_get_str (NULL, conv == 'X' ? -16 : base, z);
  ndigits = strlen (digits);
  if (base == 10 && ndigits > YS_FORMAT_INT_MAX_STR_DIGITS)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "Exceeds the limit (%d digits) for integer string conversion; "
                "use sys.set_int_max_str_digits() to increase the limit", YS_FORMAT_INT_MAX_STR_DIGITS);
      goto done;
    }
  if (spec->prec >= 0 && (gsize) spec->prec > ndigits)
    nzeros = (gsize) spec->prec - ndigits;
  body = strlen (sign) + strlen (prefix) + nzeros + ndigits;
  if (spec->width > 0 && (gsize) spec->width > body)
    padding = (gsize) spec->width - body;

  if (!spec->left && !spec->zero)
    for (gsize i = 0; i < padding; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, sign);
  g_string_append (out, prefix);
  if (!spec->left && spec->zero)
    nzeros += padding;
  for (gsize i = 0; i < nzeros; i++)
    g_string_append_c (out, '0');
  g_string_append_len (out, digits, (gssize) ndigits);
  if (spec->left)
    for (gsize i = 0; i < padding; i++)
      g_string_append_c (out, ' ');
  ok = TRUE;

done:
  mpz_clear (z);
  if (digits != NULL)
    {
      void (*free_func) (void *, size_t);

      mp_get_memory_functions (NULL, NULL, &free_func);
      free_func (digits, strlen (digits) + 1);
    }
  return ok;
}

static gboolean
percent_float (YsVM              *vm,
               GString           *out,
               const PercentSpec *spec,
               char               conv,
               YsValue            v)
{
  YsFormatSpec fs;
  double d;
  char *text, *error = NULL;
  gsize len;

  switch (ys_kind (vm, v))
    {
    case YS_KIND_FLOAT:
      d = ys_float_get (v);
      break;
    case YS_KIND_BOOL:
      d = v == ys_val (vm->true_obj);
      break;
    case YS_KIND_INT:
      if (ys_is_small (v))
        d = (double) ys_small_get (v);
      else if (!ys_number_to_double (vm, v, &d))
        {
          if (vm->exc == YS_NULL)
            ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "int too large to convert to float");
          return FALSE;
        }
      break;
    default:
      ys_raise (vm, YS_EXC_TYPE_ERROR, "must be real number, not %s", ys_type_name_of (vm, v));
      return FALSE;
    }

  ys_format_spec_init (&fs);
  fs.type = conv;
  fs.precision = spec->prec >= 0 ? spec->prec : 6;
  fs.alternate = spec->alt;
  fs.sign = spec->plus ? '+' : spec->space ? ' ' : 0;
  fs.width = spec->width;
  if (spec->left)
    fs.align = '<';
  else if (spec->zero)
    fs.zero = TRUE;
  else
    fs.align = '>';
  text = ys_format_float_sized (d, &fs, &len, &error);
  if (text == NULL)
    {
      if (ys_format_error_is_memory (error))
        ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
      else
        ys_raise (vm, ys_format_error_is_overflow (error) ? YS_EXC_OVERFLOW_ERROR : YS_EXC_VALUE_ERROR,
                  "%s", error);
      g_free (error);
      return FALSE;
    }
  g_string_append_len (out, text, (gssize) len);
  g_free (text);
  return TRUE;
}

static gboolean
percent_char (YsVM              *vm,
              GString           *out,
              const PercentSpec *spec,
              YsValue            v)
{
  char buf[8];
  gsize len;

  if (is_str (vm, v))
    {
      if (ys_str_as (v)->length != 1)
        goto wrong_type;
      percent_pad (out, spec, ys_str_data (v), ys_str_as (v)->nbytes, 1);
      return TRUE;
    }
  if (ys_is_small (v) || ys_kind (vm, v) == YS_KIND_BOOL || ys_kind (vm, v) == YS_KIND_INT)
    {
      gint64 c;

      if (ys_is_small (v))
        c = ys_small_get (v);
      else if (ys_kind (vm, v) == YS_KIND_BOOL)
        c = v == ys_val (vm->true_obj);
      else
        c = -1;    /* a big int: out of range either way */
      if (c < 0 || c > 0x10FFFF)
        {
          ys_raise (vm, YS_EXC_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
          return FALSE;
        }
      len = (gsize) g_unichar_to_utf8 ((gunichar) c, buf);
      percent_pad (out, spec, buf, len, 1);
      return TRUE;
    }

wrong_type:
  ys_raise (vm, YS_EXC_TYPE_ERROR, "%%c requires int or char");
  return FALSE;
}

/* A '*' width or precision: the next argument, which must be an int. */
static gboolean
percent_star (PercentCtx *ctx,
              int        *out)
{
  YsVM *vm = ctx->vm;
  YsValue v = percent_next_arg (ctx);

  if (v == YS_NULL)
    return FALSE;
  if (!ys_is_small (v) && ys_kind (vm, v) != YS_KIND_BOOL && ys_kind (vm, v) != YS_KIND_INT)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "* wants int");
      return FALSE;
    }
  return arg_cint (vm, v, out);
}

/* Parses and renders one conversion; *pp is just after its '%'. */
static gboolean
percent_one (PercentCtx  *ctx,
             YsStr       *fmt,
             gsize       *pp,
             GString     *out)
{
  YsVM *vm = ctx->vm;
  const char *d = fmt->data;
  gsize p = *pp, n = fmt->nbytes, len;
  PercentSpec spec = { FALSE, FALSE, FALSE, FALSE, FALSE, -1, -1 };
  gunichar conv;
  gsize conv_at;
  YsValue v;

  if (p < n && d[p] == '(')
    {
      int depth = 1;
      gsize key_start;
      YsValue key, value;

      if (ctx->dict == YS_NULL)
        {
          ys_raise (vm, YS_EXC_TYPE_ERROR, "format requires a mapping");
          return FALSE;
        }
      key_start = ++p;
      while (p < n && depth > 0)
        {
          if (d[p] == '(')
            depth++;
          else if (d[p] == ')')
            depth--;
          p++;
        }
      if (depth > 0)
        {
          ys_raise (vm, YS_EXC_VALUE_ERROR, "incomplete format key");
          return FALSE;
        }
      key = str_from_utf8 (vm, d + key_start, p - 1 - key_start);
      if (key == YS_NULL)
        return FALSE;
      value = ys_getitem (vm, ctx->dict, key);
      ys_decref (vm, key);
      if (value == YS_NULL)
        return FALSE;
      /* From here on, values come from this one (CPython keeps it so, too). */
      ys_xdecref (vm, ctx->keyed);
      ctx->keyed = value;
      ctx->args = value;
      ctx->arglen = -1;
      ctx->argidx = -2;
    }

  for (; p < n; p++)
    {
      if (d[p] == '-')
        spec.left = TRUE;
      else if (d[p] == '+')
        spec.plus = TRUE;
      else if (d[p] == ' ')
        spec.space = TRUE;
      else if (d[p] == '#')
        spec.alt = TRUE;
      else if (d[p] == '0')
        spec.zero = TRUE;
      else
        break;
    }

  if (p < n && d[p] == '*')
    {
      if (!percent_star (ctx, &spec.width))
        return FALSE;
      if (spec.width < 0)
        {
          spec.left = TRUE;
          spec.width = spec.width == G_MININT ? G_MAXINT : -spec.width;
        }
      p++;
    }
  else if (p < n && g_ascii_isdigit (d[p]))
    {
      gint64 width = 0;
      for (; p < n && g_ascii_isdigit (d[p]); p++)
        {
          int digit = d[p] - '0';

          if (width > (G_MAXSSIZE - digit) / 10)
            {
              ys_raise (vm, YS_EXC_VALUE_ERROR, "width too big");
              return FALSE;
            }
          width = width * 10 + digit;
        }
      /* A width that is a size but more than a str can hold: CPython fails to
       * allocate it. */
      if (width >= G_MAXINT)
        {
          ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
          return FALSE;
        }
      spec.width = (int) width;
    }

  if (p < n && d[p] == '.')
    {
      spec.prec = 0;
      p++;
      if (p < n && d[p] == '*')
        {
          if (!percent_star (ctx, &spec.prec))
            return FALSE;
          if (spec.prec < 0)
            spec.prec = 0;
          p++;
        }
      else
        for (; p < n && g_ascii_isdigit (d[p]); p++)
          {
            int digit = d[p] - '0';

            if (spec.prec > (G_MAXINT - digit) / 10)
              {
                ys_raise (vm, YS_EXC_VALUE_ERROR, "precision too big");
                return FALSE;
              }
            spec.prec = spec.prec * 10 + digit;
          }
    }

  /* Padding is built in memory the VM does not see yet: respect its budget first. */
  if (vm->max_bytes != 0 && ((gsize) MAX (spec.width, 0) > vm->max_bytes
                             || (gsize) MAX (spec.prec, 0) > vm->max_bytes))
    {
      ys_raise_empty (vm, YS_EXC_MEMORY_ERROR);
      return FALSE;
    }

  /* A C length modifier is accepted and ignored. */
  if (p < n && (d[p] == 'h' || d[p] == 'l' || d[p] == 'L'))
    p++;
  if (p >= n)
    {
      ys_raise (vm, YS_EXC_VALUE_ERROR, "incomplete format");
      return FALSE;
    }
  conv_at = p;
  conv = utf8_get (d + p, &len);
  p += len;
  *pp = p;

  v = percent_next_arg (ctx);
  if (v == YS_NULL)
    return FALSE;
  switch (conv)
    {
    case 's': case 'r': case 'a':
      return percent_string (vm, out, &spec, (char) conv, v);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      return percent_integer (vm, out, &spec, (char) conv, v);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return percent_float (vm, out, &spec, (char) conv, v);
    case 'c':
      return percent_char (vm, out, &spec, v);
    default:
      ys_raise (vm, YS_EXC_VALUE_ERROR,
                "unsupported format character '%c' (0x%x) at index %" G_GSIZE_FORMAT,
                conv >= 32 && conv < 127 ? (char) conv : '?', conv, cp_index (fmt, conv_at));
      return FALSE;
    }
}

YsValue
ys_str_percent_format (YsVM    *vm,
                       YsValue  format,
                       YsValue  args)
{
  YsStr *fmt = ys_str_as (format);
  PercentCtx ctx = { vm, args, -1, -2, YS_NULL, YS_NULL };
  GString *out;
  gsize p = 0, n = fmt->nbytes;
  gboolean ok = TRUE;

  if (ys_kind (vm, args) == YS_KIND_TUPLE)
    {
      ctx.arglen = (gssize) ys_tuple_len (args);
      ctx.argidx = 0;
    }
  else if (percent_is_mapping (vm, args))
    ctx.dict = args;

  out = g_string_sized_new (n + 32);
  while (p < n)
    {
      const char *q = memchr (fmt->data + p, '%', n - p);

      if (q == NULL)
        {
          g_string_append_len (out, fmt->data + p, (gssize) (n - p));
          break;
        }
      g_string_append_len (out, fmt->data + p, q - (fmt->data + p));
      p = (gsize) (q - fmt->data) + 1;
      if (p < n && fmt->data[p] == '%')
        {
          g_string_append_c (out, '%');
          p++;
          continue;
        }
      if (!percent_one (&ctx, fmt, &p, out))
        {
          ok = FALSE;
          break;
        }
    }
  if (ok && ctx.argidx < ctx.arglen && ctx.dict == YS_NULL)
    {
      ys_raise (vm, YS_EXC_TYPE_ERROR, "not all arguments converted during string formatting");
      ok = FALSE;
    }
  ys_xdecref (vm, ctx.keyed);
  if (!ok)
    {
      g_string_free (out, TRUE);
      return YS_NULL;
    }
  return str_from_gstring (vm, out);
}

/* Registration */

static const YsMethodDef str_methods[] = {
  { "strip", str_strip },
  { "lstrip", str_lstrip },
  { "rstrip", str_rstrip },
  { "split", str_split },
  { "rsplit", str_rsplit },
  { "splitlines", str_splitlines },
  { "join", str_join },
  { "upper", str_upper },
  { "lower", str_lower },
  { "capitalize", str_capitalize },
  { "title", str_title },
  { "swapcase", str_swapcase },
  { "casefold", str_casefold },
  { "startswith", str_startswith },
  { "endswith", str_endswith },
  { "replace", str_replace },
  { "find", str_find },
  { "rfind", str_rfind },
  { "index", str_index },
  { "rindex", str_rindex },
  { "count", str_count },
  { "format", str_format },
  { "format_map", str_format_map },
  { "isdigit", str_isdigit },
  { "isdecimal", str_isdecimal },
  { "isnumeric", str_isnumeric },
  { "isalpha", str_isalpha },
  { "isalnum", str_isalnum },
  { "isspace", str_isspace },
  { "isupper", str_isupper },
  { "islower", str_islower },
  { "istitle", str_istitle },
  { "isidentifier", str_isidentifier },
  { "isprintable", str_isprintable },
  { "isascii", str_isascii },
  { "center", str_center },
  { "ljust", str_ljust },
  { "rjust", str_rjust },
  { "zfill", str_zfill },
  { "partition", str_partition },
  { "rpartition", str_rpartition },
  { "removeprefix", str_removeprefix },
  { "removesuffix", str_removesuffix },
  { "expandtabs", str_expandtabs },
  { NULL, NULL }
};

void
ys_str_methods_init (YsVM *vm)
{
  ys_type_add_methods (vm, vm->types[YS_KIND_STR], str_methods);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ys-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (YsApplication) app = NULL;
  int status;

  ys_application_mark_start ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, ys_application_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!ys_application_check_display (argc, argv))
    return 2;

  app = ys_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);
  return status != 0 ? status : ys_application_get_exit_status (app);
}

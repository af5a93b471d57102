/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ys-variables-view.c: the program's names and the running frames' locals, every
 * object expandable (lists, dicts, objects of a class), what the last step changed
 * highlighted as on the cards. */
#include "config.h"

#include "ys-variables-view.h"

#include <glib/gi18n.h>

/* One row: a section (the globals, a frame) or a variable. */
#define YS_TYPE_VARIABLE_ROW (ys_variable_row_get_type ())
G_DECLARE_FINAL_TYPE (YsVariableRow, ys_variable_row, YS, VARIABLE_ROW, GObject)

struct _YsVariableRow
{
  GObject    parent_instance;
  char      *path;      /* "globals/c/n": where it is, to open it again after a step */
  char      *name;
  char      *repr;
  char      *type;
  YsHandle   handle;
  gboolean   expandable;
  gboolean   changed;
  gboolean   section;
  GPtrArray *children;  /* a section's variables (YsVariable, borrowed from the snapshot) */
};

G_DEFINE_FINAL_TYPE (YsVariableRow, ys_variable_row, G_TYPE_OBJECT)

static void
ys_variable_row_finalize (GObject *object)
{
  YsVariableRow *self = YS_VARIABLE_ROW (object);

  g_free (self->path);
  g_free (self->name);
  g_free (self->repr);
  g_free (self->type);
  g_clear_pointer (&self->children, g_ptr_array_unref);
  G_OBJECT_CLASS (ys_variable_row_parent_class)->finalize (object);
}

static void
ys_variable_row_class_init (YsVariableRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ys_variable_row_finalize;
}

static void
ys_variable_row_init (YsVariableRow *self)
{
}

struct _YsVariablesView
{
  GtkWidget           parent_instance;

  YsSession          *session;
  GtkWidget          *scroller;
  GtkListView        *list;
  GtkTreeListModel   *tree;
  GHashTable         *open;     /* paths of the rows the student opened */
  gboolean            restoring;
};

G_DEFINE_FINAL_TYPE (YsVariablesView, ys_variables_view, GTK_TYPE_WIDGET)

/* Auxiliary methods */

/* Names a student does not think of as variables: modules, functions, classes, and
 * the hidden ones of comprehensions and of Yieldscope itself. */
static gboolean
shown (const YsVariable *v)
{
  static const char *const hidden_types[] = { "module", "function", "type", "builtin_function_or_method", NULL };

  if (v->name[0] == '.' || g_str_has_prefix (v->name, "__"))
    return FALSE;
  return !g_strv_contains (hidden_types, v->type);
}

static const YsVariable *
find_variable (GPtrArray  *vars,
               const char *name)
{
  for (guint i = 0; vars != NULL && i < vars->len; i++)
    if (g_str_equal (((YsVariable *) g_ptr_array_index (vars, i))->name, name))
      return g_ptr_array_index (vars, i);
  return NULL;
}

static YsVariableRow *
variable_row (const char       *parent,
              const YsVariable *v,
              GPtrArray        *before)
{
  YsVariableRow *row = g_object_new (YS_TYPE_VARIABLE_ROW, NULL);
  const YsVariable *old = before != NULL ? find_variable (before, v->name) : NULL;

  row->path = g_strconcat (parent, "/", v->name, NULL);
  row->name = g_strdup (v->name);
  if (v->length >= 0)
    {
      g_autofree char *count = g_strdup_printf ("%" G_GSSIZE_FORMAT, v->length);
      /* Translators: a container's type and length, e.g. "list · 12 items" */
      row->type = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %s item", "%s · %s items", (gulong) v->length),
                                   v->type, count);
    }
  else
    row->type = g_strdup (v->type);
  row->repr = g_strdup (v->repr);
  row->handle = v->handle;
  row->expandable = v->expandable;
  /* A name bound since the step before is a change too. */
  row->changed = before != NULL && (old == NULL || !ys_variable_same (old, v));
  return row;
}

static YsVariableRow *
section_row (const char *path,
             const char *title,
             GPtrArray  *vars)
{
  YsVariableRow *row = g_object_new (YS_TYPE_VARIABLE_ROW, NULL);

  row->path = g_strdup (path);
  row->name = g_strdup (title);
  row->section = TRUE;
  row->expandable = TRUE;
  row->children = g_ptr_array_ref (vars);
  return row;
}

/* The frame of the snapshot before that matches @f: same depth from the outermost,
 * same function. */
static const YsFrameInfo *
frame_before (YsSnapshot *before,
              YsSnapshot *now,
              guint       index)
{
  const YsFrameInfo *f = g_ptr_array_index (now->stack, index);
  guint from_outer = now->stack->len - 1 - index;

  if (before == NULL || before->stack->len <= from_outer)
    return NULL;
  {
    const YsFrameInfo *old = g_ptr_array_index (before->stack, before->stack->len - 1 - from_outer);
    return g_strcmp0 (old->function, f->function) == 0 ? old : NULL;
  }
}

static GListModel *
children_of (gpointer item,
             gpointer user_data)
{
  YsVariablesView *self = user_data;
  YsVariableRow *row = item;
  YsSnapshot *before = ys_session_get_previous_snapshot (self->session);
  GListStore *store;
  g_autoptr (GPtrArray) expanded = NULL;
  GPtrArray *vars;
  GPtrArray *old = NULL;

  if (!row->expandable)
    return NULL;
  store = g_list_store_new (YS_TYPE_VARIABLE_ROW);
  if (row->section)
    {
      vars = row->children;
      if (g_str_equal (row->path, "globals") && before != NULL)
        old = before->globals;
      else if (before != NULL)
        {
          /* "frame:N" counts from the innermost frame of this moment. */
          guint index = (guint) g_ascii_strtoull (row->path + strlen ("frame:"), NULL, 10);
          YsSnapshot *now = ys_session_get_snapshot (self->session);
          const YsFrameInfo *f = now != NULL && index < now->stack->len ? frame_before (before, now, index) : NULL;
          old = f != NULL ? f->locals : NULL;
        }
    }
  else
    {
      /* Items and attributes are read from the paused engine when opened. */
      expanded = ys_session_expand (self->session, row->handle);
      vars = expanded;
    }
  for (guint i = 0; vars != NULL && i < vars->len; i++)
    {
      const YsVariable *v = g_ptr_array_index (vars, i);
      g_autoptr (YsVariableRow) child = NULL;
      if (row->section && !shown (v))
        continue;
      child = variable_row (row->path, v, row->section ? old : NULL);
      g_list_store_append (store, child);
    }
  return G_LIST_MODEL (store);
}

/* Opens again what the student had opened, as the rows appear. */
static void
restore_open (YsVariablesView *self)
{
  self->restoring = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr (GtkTreeListRow) r = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      YsVariableRow *row = gtk_tree_list_row_get_item (r);
      if (row->section || g_hash_table_contains (self->open, row->path))
        gtk_tree_list_row_set_expanded (r, TRUE);
      g_object_unref (row);
    }
  self->restoring = FALSE;
}

static void
rebuild (YsVariablesView *self)
{
  YsSnapshot *snap = self->session != NULL ? ys_session_get_snapshot (self->session) : NULL;
  GListStore *roots = g_list_store_new (YS_TYPE_VARIABLE_ROW);

  if (snap != NULL)
    {
      g_autoptr (YsVariableRow) globals = section_row ("globals", _("Program"), snap->globals);
      g_list_store_append (roots, globals);
      for (guint i = 0; i < snap->stack->len; i++)
        {
          const YsFrameInfo *f = g_ptr_array_index (snap->stack, i);
          g_autofree char *path = NULL;
          g_autofree char *title = NULL;
          g_autoptr (YsVariableRow) frame = NULL;
          if (g_str_equal (f->function, "<module>"))
            continue;  /* its names are the program's */
          path = g_strdup_printf ("frame:%u", i);
          /* Translators: a running function's frame, e.g. "squares() · line 9" */
          title = g_strdup_printf (_("%s() · line %d"), f->function, f->line);
          frame = section_row (path, title, f->locals);
          g_list_store_append (roots, frame);
        }
    }
  g_clear_object (&self->tree);
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (roots), FALSE, FALSE, children_of, self, NULL);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->tree)))));
  restore_open (self);
}

/* Callbacks */

static void
on_expanded (GtkTreeListRow  *r,
             GParamSpec      *pspec,
             YsVariablesView *self)
{
  YsVariableRow *row = gtk_tree_list_row_get_item (r);

  if (!self->restoring && !row->section)
    {
      if (gtk_tree_list_row_get_expanded (r))
        g_hash_table_add (self->open, g_strdup (row->path));
      else
        g_hash_table_remove (self->open, row->path);
    }
  g_object_unref (row);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *value = gtk_label_new (NULL);
  GtkWidget *type = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_ellipsize (GTK_LABEL (value), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (value, TRUE);
  gtk_widget_add_css_class (name, "variable-name");
  gtk_widget_add_css_class (value, "variable-value");
  gtk_widget_add_css_class (type, "dim-label");
  gtk_widget_add_css_class (type, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), type);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (item, expander);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  YsVariablesView *self = user_data;
  GtkTreeListRow *r = gtk_list_item_get_item (item);
  YsVariableRow *row = gtk_tree_list_row_get_item (r);
  GtkWidget *expander = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander)));
  GtkWidget *value = gtk_widget_get_next_sibling (name);
  GtkWidget *type = gtk_widget_get_next_sibling (value);
  g_autofree char *accessible = NULL;

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), r);
  gtk_label_set_text (GTK_LABEL (name), row->name);
  gtk_label_set_text (GTK_LABEL (value), row->section ? "" : row->repr);
  gtk_label_set_text (GTK_LABEL (type), row->section ? "" : row->type);
  gtk_widget_set_tooltip_text (value, row->section ? NULL : row->repr);
  if (row->section)
    gtk_widget_add_css_class (name, "heading");
  else
    gtk_widget_remove_css_class (name, "heading");
  for (GtkWidget *w = name; w != NULL; w = gtk_widget_get_next_sibling (w))
    if (row->changed)
      gtk_widget_add_css_class (w, "changed");
    else
      gtk_widget_remove_css_class (w, "changed");
  accessible = row->section ? g_strdup (row->name)
                            : g_strdup_printf (row->changed ? _("%s = %s, %s, changed in the last step") : _("%s = %s, %s"),
                                               row->name, row->repr, row->type);
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_signal_handlers_disconnect_by_func (r, on_expanded, self);
  g_signal_connect (r, "notify::expanded", G_CALLBACK (on_expanded), self);
  g_object_unref (row);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkTreeListRow *r = gtk_list_item_get_item (item);

  if (r != NULL)
    g_signal_handlers_disconnect_by_func (r, on_expanded, user_data);
}

static void
on_session_changed (YsVariablesView *self)
{
  /* While the program runs there is no moment to show: the last one stays. */
  if (!ys_session_get_busy (self->session))
    rebuild (self);
}

/* GObject overrides */

static void
ys_variables_view_dispose (GObject *object)
{
  YsVariablesView *self = YS_VARIABLES_VIEW (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->tree);
  G_OBJECT_CLASS (ys_variables_view_parent_class)->dispose (object);
}

static void
ys_variables_view_finalize (GObject *object)
{
  YsVariablesView *self = YS_VARIABLES_VIEW (object);

  g_hash_table_unref (self->open);
  G_OBJECT_CLASS (ys_variables_view_parent_class)->finalize (object);
}

static void
ys_variables_view_class_init (YsVariablesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ys_variables_view_dispose;
  object_class->finalize = ys_variables_view_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "variablesview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ys_variables_view_init (YsVariablesView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->open = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (NULL, factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "variables");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Variables"), -1);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  rebuild (self);
}

/* Public API */

GtkWidget *
ys_variables_view_new (void)
{
  return g_object_new (YS_TYPE_VARIABLES_VIEW, NULL);
}

void
ys_variables_view_set_session (YsVariablesView *self,
                               YsSession       *session)
{
  g_return_if_fail (YS_IS_VARIABLES_VIEW (self));

  if (!ys_session_bind_view (&self->session, session, self, G_CALLBACK (on_session_changed), NULL, NULL))
    return;
  g_hash_table_remove_all (self->open);
  rebuild (self);
}

gboolean
ys_variables_view_expand (YsVariablesView *self,
                          const char      *path)
{
  g_autofree char *full = NULL;

  g_return_val_if_fail (YS_IS_VARIABLES_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* A bare name is one of the program's. */
  full = strchr (path, ':') != NULL || g_str_has_prefix (path, "globals") ? g_strdup (path)
                                                                          : g_strconcat ("globals/", path, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr (GtkTreeListRow) r = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr (YsVariableRow) row = gtk_tree_list_row_get_item (r);
      if (g_str_equal (row->path, full) && row->expandable)
        {
          g_hash_table_add (self->open, g_strdup (row->path));
          gtk_tree_list_row_set_expanded (r, TRUE);
          return TRUE;
        }
    }
  return FALSE;
}

char **
ys_variables_view_dup_rows (YsVariablesView   *self,
                            char            ***changed)
{
  GStrvBuilder *rows = g_strv_builder_new ();
  GStrvBuilder *moved = g_strv_builder_new ();
  char **out;

  g_return_val_if_fail (YS_IS_VARIABLES_VIEW (self), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr (GtkTreeListRow) r = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr (YsVariableRow) row = gtk_tree_list_row_get_item (r);
      g_autofree char *indent = g_strnfill (2 * gtk_tree_list_row_get_depth (r), ' ');
      g_autofree char *text = row->section ? g_strconcat (indent, row->name, NULL)
                                           : g_strdup_printf ("%s%s = %s", indent, row->name, row->repr);
      g_strv_builder_add (rows, text);
      if (row->changed)
        g_strv_builder_add (moved, row->path);
    }
  out = g_strv_builder_end (rows);
  g_strv_builder_unref (rows);
  if (changed != NULL)
    *changed = g_strv_builder_end (moved);
  g_strv_builder_unref (moved);
  return out;
}

/** The site's data files: the search index script, {@code runbooks.json} and {@code sitemap.xml}. */
package dev.runbook.core.site.data;

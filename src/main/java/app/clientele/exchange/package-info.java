/**
 * Contact lists in and out: CSV (Clientele's own layout, Google Contacts, Outlook, any header with
 * a column mapping) and vCard 2.1/3.0/4.0, finding duplicate clients and merging them. Knows the
 * domain and the file libraries (ez-vcard, Commons CSV); no JavaFX, no SQL. The window and the
 * command line both use it.
 */
package app.clientele.exchange;

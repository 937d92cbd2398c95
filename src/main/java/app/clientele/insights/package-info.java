/**
 * Insights: the dashboard's figures, the clients behind each bar and slice, and the customer type
 * suggestions, worked out from the client history. Plain Java on the domain: no JavaFX, no SQL.
 */
package app.clientele.insights;

// The orders page: wires each order's report form, and each unconfirmed order's re-check button.
import { bindRecheckForm, bindReportForm } from './order-actions.js';

for (const form of document.querySelectorAll('form.report-form')) bindReportForm(form);
for (const form of document.querySelectorAll('form.recheck-form')) bindRecheckForm(form);

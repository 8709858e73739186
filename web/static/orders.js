// The orders page: wires each order's report form.
import { bindReportForm } from './order-actions.js';

for (const form of document.querySelectorAll('form.report-form')) bindReportForm(form);

// The ribbon button only opens the task pane (ShowTaskpane), so the function file just initialises Office.
import { whenOfficeReady } from '../excel/host';

void whenOfficeReady();

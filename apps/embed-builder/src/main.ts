import './page.css';
import './builder-app.js';

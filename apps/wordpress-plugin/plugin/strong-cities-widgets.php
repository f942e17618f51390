<?php
/**
 * Plugin Name:       Strong Cities widgets
 * Plugin URI:        https://strongcitiesnetwork.org/
 * Description:       The Strong Cities Network's widgets (share bar, language toggle, declaration counter, membership call to action, event map) as blocks and shortcodes, served from your own site.
 * Version:           %VERSION%
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Strong Cities Network
 * Author URI:        https://strongcitiesnetwork.org/
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       strong-cities-widgets
 * Domain Path:       /languages
 *
 * @package StrongCities\Widgets
 */

namespace StrongCities\Widgets;

defined( 'ABSPATH' ) || exit;

const VERSION     = '%VERSION%';
const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/generated/widgets.php';
require_once __DIR__ . '/includes/generated/embed.php';
require_once __DIR__ . '/includes/i18n.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/settings-page.php';

// translations first: block titles are translated as the blocks register
add_action( 'init', __NAMESPACE__ . '\load_translations', 0 );
add_filter( 'load_textdomain_mofile', __NAMESPACE__ . '\nearest_translation', 10, 2 );
add_action( 'init', __NAMESPACE__ . '\register_assets' );
add_action( 'init', __NAMESPACE__ . '\register_blocks' );
add_action( 'init', __NAMESPACE__ . '\register_shortcodes' );
add_filter( 'block_categories_all', __NAMESPACE__ . '\add_block_category' );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\configure_editor' );
// before the theme's own scripts, so the loader is in <head> on every page that uses a widget
add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\enqueue_for_page', 5 );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\module_tag', 10, 3 );
add_action( 'admin_init', __NAMESPACE__ . '\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), __NAMESPACE__ . '\settings_link' );

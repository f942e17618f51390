/* global wp */
// The blocks in the editor: a live preview of each widget (its own element, defined by the same
// loader the site serves, inside the editor canvas) and a sidebar control per attribute, as
// described by the widget's custom-elements.json (configuration from PHP: window.strongCitiesWidgets).
// Plain JavaScript on WordPress's globals, so the plugin needs no JSX build.
(function (blocks, element, blockEditor, components, config) {
  'use strict';
  if (!config) return;
  var el = element.createElement;
  var InspectorControls = blockEditor.InspectorControls;
  var useBlockProps = blockEditor.useBlockProps;

  /** The loader in the document that shows the preview: the editor page, or the canvas iframe. */
  function ensureLoader(doc) {
    if (!doc || !doc.head || doc.querySelector('script[data-strong-cities-loader]')) return;
    var script = doc.createElement('script');
    script.type = 'module';
    script.src = config.loader;
    script.setAttribute('data-strong-cities-loader', '');
    doc.head.appendChild(script);
  }

  /** The element's attributes: the block's values, else the site's defaults; true booleans as ''. */
  function elementAttributes(widget, values) {
    var shown = {};
    widget.attributes.forEach(function (attribute) {
      var value = values[attribute.name];
      var fallback = config.defaults[attribute.name];
      if ((value === undefined || value === '') && fallback) value = fallback;
      if (value === undefined || value === null || value === '' || value === false) return;
      if (typeof value === 'number' && !isFinite(value)) return;
      shown[attribute.name] = value === true ? '' : String(value);
    });
    return shown;
  }

  function control(attribute, value, set) {
    var common = { key: attribute.name, label: attribute.label, help: attribute.help, __nextHasNoMarginBottom: true };
    switch (attribute.kind) {
      case 'enum':
        return el(components.SelectControl, Object.assign({}, common, {
          value: value || '',
          options: [{ value: '', label: attribute.defaultLabel }].concat(attribute.values),
          onChange: function (next) { set(next || undefined); },
        }));
      case 'boolean':
        return el(components.ToggleControl, Object.assign({}, common, {
          checked: value === true,
          onChange: function (next) { set(next ? true : undefined); },
        }));
      case 'number':
        return el(components.TextControl, Object.assign({}, common, {
          type: 'number',
          value: value === undefined ? '' : String(value),
          onChange: function (next) {
            var number = Number(next);
            set(next === '' || !isFinite(number) ? undefined : number);
          },
        }));
      default:
        return el(components.TextControl, Object.assign({}, common, {
          type: attribute.kind === 'url' ? 'url' : 'text',
          value: value || '',
          onChange: function (next) { set(next === '' ? undefined : next); },
        }));
    }
  }

  function editFor(widget) {
    return function Edit(props) {
      var ref = element.useRef(null);
      element.useEffect(function () {
        ensureLoader(ref.current && ref.current.ownerDocument);
      }, []);
      var shown = elementAttributes(widget, props.attributes);
      var controls = widget.attributes.map(function (attribute) {
        return control(attribute, props.attributes[attribute.name], function (value) {
          var change = {};
          change[attribute.name] = value;
          props.setAttributes(change);
        });
      });
      // a new element for new attributes: the widget starts from them, as it does on the page.
      // Attributes are set by hand, not as React props: React 19 would set properties instead
      // (a boolean attribute's '' would read as false), React 17 and 18 attributes.
      var preview = el(widget.tag, {
        key: JSON.stringify(shown),
        ref: function (node) {
          if (!node) return;
          node.setAttribute('inert', '');
          Object.keys(shown).forEach(function (name) { node.setAttribute(name, shown[name]); });
        },
      });
      return el(element.Fragment, null,
        el(InspectorControls, null, el(components.PanelBody, { title: config.panel, initialOpen: true }, controls)),
        el('div', useBlockProps({ ref: ref }), preview));
    };
  }

  config.widgets.forEach(function (widget) {
    blocks.registerBlockType(widget.block, {
      edit: editFor(widget),
      // dynamic: the server writes the widget on each view
      save: function () { return null; },
    });
  });
})(wp.blocks, wp.element, wp.blockEditor, wp.components, window.strongCitiesWidgets);
